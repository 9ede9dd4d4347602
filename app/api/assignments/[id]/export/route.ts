import { handleTeachRequest } from "@/server/classes/api";
import { questionSetDownload } from "@/server/gradebook/api";
import { otherTeachMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

/** GET ?format=gift|moodle-xml|anki: the assignment's questions, for the instructor of its class. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleTeachRequest(request, { stateChanging: false, role: "INSTRUCTOR" }, (user) => questionSetDownload(user.id, id, new URL(request.url).searchParams));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherTeachMethods("GET");

import { handleTeachRequest } from "@/server/classes/api";
import { gradebookDownload } from "@/server/gradebook/api";
import { otherTeachMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

/** GET ?part=students|items: the gradebook as CSV, for the instructor of the assignment's class. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleTeachRequest(request, { stateChanging: false, role: "INSTRUCTOR" }, (user) => gradebookDownload(user.id, id, new URL(request.url).searchParams, new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherTeachMethods("GET");

import { handleStartAttempt } from "@/server/assignments/api";
import { handleTeachRequest } from "@/server/classes/api";
import { otherTeachMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

/** POST: start (201) or resume (200) the signed-in student's attempt at the assignment. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleTeachRequest(request, { stateChanging: true, role: "STUDENT" }, (user) => handleStartAttempt(user.id, id, new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherTeachMethods("POST");

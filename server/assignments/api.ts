import "server-only";
import { startAssignmentAttempt } from "./mutations";

/** POST /api/assignments/{id}/attempts: starts or resumes the student's attempt. */
export async function handleStartAttempt(userId: string, assignmentId: string, now: Date): Promise<Response> {
  const started = await startAssignmentAttempt(userId, assignmentId, now);
  return Response.json(started, { status: started.resumed ? 200 : 201, headers: { "Cache-Control": "no-store" } });
}

import { handleApiRequest } from "@/server/api/route";
import { handleProgress } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApiRequest(request, { stateChanging: false }, (userId) => handleProgress(userId, new Date()));
}

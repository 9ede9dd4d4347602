import { handleApiRequest } from "@/server/api/route";
import { handleDueCards } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApiRequest(request, { stateChanging: false }, (userId) => handleDueCards(userId, new URL(request.url).searchParams, new Date()));
}

import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleDueCards } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApiRequest(request, { stateChanging: false }, (userId) => handleDueCards(userId, new URL(request.url).searchParams, new Date()));
}

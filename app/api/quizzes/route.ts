import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleStartQuiz } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  return handleApiRequest(request, { stateChanging: true }, async (userId) => handleStartQuiz(userId, await request.text(), new Date()));
}

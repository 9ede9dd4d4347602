import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { requestText } from "@/server/api/respond";
import { handleStartQuiz } from "@/server/api/study";
import { otherMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  return handleApiRequest(request, { stateChanging: true }, async (userId) => handleStartQuiz(userId, await requestText(request), new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");

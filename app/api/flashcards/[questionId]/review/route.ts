import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { requestText } from "@/server/api/respond";
import { handleReview } from "@/server/api/study";
import { otherMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  return handleApiRequest(request, { stateChanging: true }, async (userId) => handleReview(userId, questionId, await requestText(request), new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");

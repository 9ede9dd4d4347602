import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleAnswer } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApiRequest(request, { stateChanging: true }, async (userId) => handleAnswer(userId, id, await request.text(), new Date()));
}

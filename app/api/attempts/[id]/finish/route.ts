import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleFinish } from "@/server/api/study";
import { otherMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleApiRequest(request, { stateChanging: true }, (userId) => handleFinish(userId, id, new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");

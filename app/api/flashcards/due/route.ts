import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleDueCards } from "@/server/api/study";
import { otherMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApiRequest(request, { stateChanging: false }, (userId) => handleDueCards(userId, new URL(request.url).searchParams, new Date()));
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

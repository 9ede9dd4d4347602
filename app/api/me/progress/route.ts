import type { NextRequest } from "next/server";
import { handleApiRequest } from "@/server/api/route";
import { handleProgress } from "@/server/api/study";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApiRequest(request, { stateChanging: false }, (userId) => handleProgress(userId, new Date()));
}

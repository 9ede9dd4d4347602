import "server-only";
import type { NextRequest } from "next/server";
import { getRequestUser } from "../auth/session";
import type { ApiResult } from "./respond";
import { studyErrorResult } from "./respond";
import { isCrossSiteRequest } from "./origin";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(result: ApiResult): Response {
  return Response.json(result.body, { status: result.status, headers: NO_STORE });
}

/**
 * The one wrapper for JSON API routes: refuses cross-site writes (403), requires a session (401),
 * runs the handler with the signed-in user's id, maps expected failures to 4xx, and turns anything
 * unexpected into a logged 503 with a JSON body instead of a bare 500 page.
 */
export async function handleApiRequest(
  request: NextRequest,
  options: { stateChanging: boolean },
  handler: (userId: string) => Promise<ApiResult>,
): Promise<Response> {
  const started = Date.now();
  let userId: string | null = null;
  try {
    if (options.stateChanging && isCrossSiteRequest(request.headers)) {
      return jsonResponse({ status: 403, body: { error: "Cross-site requests are not allowed" } });
    }
    const user = await getRequestUser(request);
    if (!user) return jsonResponse({ status: 401, body: { error: "Sign in to use the API" } });
    userId = user.id;
    return jsonResponse(await handler(user.id));
  } catch (error) {
    const expected = studyErrorResult(error);
    if (expected) return jsonResponse(expected);
    const url = new URL(request.url);
    console.error(
      `[api] ${request.method} ${url.pathname} failed for user ${userId ?? "(none)"} after ${Date.now() - started} ms:`,
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    return Response.json(
      { error: "Something went wrong on our side; your last change may not have been saved. Try again in a moment." },
      { status: 503, headers: { ...NO_STORE, "Retry-After": "5" } },
    );
  }
}

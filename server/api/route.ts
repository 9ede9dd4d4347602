import "server-only";
import type { NextRequest } from "next/server";
import { userOfSessionCookies } from "../auth/session-user";
import type { CookieSource } from "../auth/session-cookie";
import type { ApiResult } from "./respond";
import { studyErrorResult } from "./respond";
import { isCrossSiteRequest, type HeaderReader } from "./origin";

const NO_STORE = { "Cache-Control": "no-store" };

/** What the API wrapper needs of a request, whichever router received it. */
export type ApiRequest = {
  method: string;
  headers: HeaderReader;
  cookies: CookieSource;
  /** The path, for the log line of an unexpected failure (worked out only then). */
  pathname: () => string;
};

/** An API route's answer: a status, a JSON body and the headers to send with it. */
export type ApiReply = ApiResult & { headers: Record<string, string> };

/**
 * The one wrapper for JSON API routes: refuses cross-site writes (403), requires a session (401),
 * runs the handler with the signed-in user's id, maps expected failures to 4xx, and turns anything
 * unexpected into a logged 503 with a JSON body instead of a bare 500 page. Every reply is
 * `Cache-Control: no-store`. handleApiRequest and handlePagesApiRequest adapt it to each router.
 */
export async function answerApiRequest(
  request: ApiRequest,
  options: { stateChanging: boolean },
  handler: (userId: string) => Promise<ApiResult>,
): Promise<ApiReply> {
  const started = Date.now();
  let userId: string | null = null;
  try {
    if (options.stateChanging && isCrossSiteRequest(request.headers)) {
      return { status: 403, body: { error: "Cross-site requests are not allowed" }, headers: NO_STORE };
    }
    const user = await userOfSessionCookies(request.cookies, new Date());
    if (!user) return { status: 401, body: { error: "Sign in to use the API" }, headers: NO_STORE };
    // Studying is for student accounts, as the study pages are (an instructor gets their 403 too).
    if (user.role !== "STUDENT") return { status: 403, body: { error: "The study API is for student accounts; this account is an instructor's" }, headers: NO_STORE };
    userId = user.id;
    return { ...(await handler(user.id)), headers: NO_STORE };
  } catch (error) {
    const expected = studyErrorResult(error);
    if (expected) return { ...expected, headers: NO_STORE };
    console.error(
      `[api] ${request.method} ${request.pathname()} failed for user ${userId ?? "(none)"} after ${Date.now() - started} ms:`,
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    return {
      status: 503,
      body: { error: "Something went wrong on our side; your last change may not have been saved. Try again in a moment." },
      headers: { ...NO_STORE, "Retry-After": "5" },
    };
  }
}

/** answerApiRequest for an App Router route handler. */
export async function handleApiRequest(
  request: NextRequest,
  options: { stateChanging: boolean },
  handler: (userId: string) => Promise<ApiResult>,
): Promise<Response> {
  const reply = await answerApiRequest(
    { method: request.method, headers: request.headers, cookies: request.cookies, pathname: () => new URL(request.url).pathname },
    options,
    handler,
  );
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}

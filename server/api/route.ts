import "server-only";
import type { NextRequest } from "next/server";
import { claimedUserIdOfSessionCookies, userOfSessionCookies } from "../auth/session-user";
import { directSqlite } from "../db";
import { findUserById, type SessionUser } from "../users/data";
import type { CookieSource } from "../auth/session-cookie";
import type { ApiResult } from "./respond";
import { studyErrorResult } from "./respond";
import { isCrossSiteRequest, type HeaderReader } from "./origin";

const NO_STORE = { "Cache-Control": "no-store" };
const reply = (result: ApiResult): ApiReply => ({ ...result, headers: NO_STORE });

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

export type ApiOptions = {
  /** A write: refused (403) when it comes from another site. */
  stateChanging: boolean;
  /**
   * The handler only ever succeeds through a write that itself checks, in its transaction, that
   * the account still exists and is a student's (on SQLite: saveAnswer). The account is then not
   * read before the handler, saving a read transaction on the hottest request; it is read after a
   * refusal or a failure, so that a deleted account still gets its 401 and an instructor their 403
   * rather than the handler's answer. Where the database is PostgreSQL, it is read first as usual.
   */
  userCheckedByWrites?: boolean;
};

const SIGN_IN: ApiResult = { status: 401, body: { error: "Sign in to use the API" } };
// Studying is for student accounts, as the study pages are (an instructor gets their 403 too).
const STUDENTS_ONLY: ApiResult = { status: 403, body: { error: "The study API is for student accounts; this account is an instructor's" } };

/** The API's refusal of an account (gone, or not a student's), or null when it may use the API. */
function refusalOf(user: SessionUser | null): ApiResult | null {
  if (!user) return SIGN_IN;
  return user.role === "STUDENT" ? null : STUDENTS_ONLY;
}

/**
 * The one wrapper for JSON API routes: refuses cross-site writes (403), requires a session (401)
 * of a student's account (403; read from the database before the handler, or as ApiOptions'
 * `userCheckedByWrites` says), runs the handler with the signed-in user's id, maps expected
 * failures to 4xx, and turns anything unexpected into a logged 503 with a JSON body instead of a
 * bare 500 page. Every reply is `Cache-Control: no-store`. handleApiRequest and
 * handlePagesApiPost adapt it to each router.
 */
export async function answerApiRequest(request: ApiRequest, options: ApiOptions, handler: (userId: string) => Promise<ApiResult>): Promise<ApiReply> {
  const started = Date.now();
  let userId: string | null = null;
  try {
    if (options.stateChanging && isCrossSiteRequest(request.headers)) {
      return reply({ status: 403, body: { error: "Cross-site requests are not allowed" } });
    }
    const now = new Date();
    if (options.userCheckedByWrites && (await directSqlite())) {
      userId = await claimedUserIdOfSessionCookies(request.cookies, now);
      if (userId === null) return reply(SIGN_IN);
      let result: ApiResult;
      try {
        result = await handler(userId);
      } catch (error) {
        // A refused account's 401 or 403 comes first, as when the account is read before the handler.
        const refusal = refusalOf(await findUserById(userId));
        if (refusal) return reply(refusal);
        throw error;
      }
      return reply(result.status < 300 ? result : (refusalOf(await findUserById(userId)) ?? result));
    }
    const user = await userOfSessionCookies(request.cookies, now);
    const refusal = refusalOf(user);
    if (refusal || !user) return reply(refusal ?? SIGN_IN);
    userId = user.id;
    return reply(await handler(user.id));
  } catch (error) {
    const expected = studyErrorResult(error);
    if (expected) return reply(expected);
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
  options: ApiOptions,
  handler: (userId: string) => Promise<ApiResult>,
): Promise<Response> {
  const reply = await answerApiRequest(
    { method: request.method, headers: request.headers, cookies: request.cookies, pathname: () => new URL(request.url).pathname },
    options,
    handler,
  );
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}

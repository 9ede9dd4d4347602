import "server-only";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { findUserById, type SessionUser } from "@/server/users/data";
import { authEnv } from "./env";
import { readSessionCookie, type CookieSource } from "./session-cookie";
import { SessionExpiredError, sessionFromToken, userIdOfSessionToken } from "./session-token";

/**
 * The signed-in user of a request, from its cookies (however the router hands them over), re-read
 * from the database; null when signed out.
 */
export async function userOfSessionCookies(cookies: CookieSource, now: Date): Promise<SessionUser | null> {
  const token = await readSessionCookie(cookies, process.env.NEXTAUTH_SECRET);
  return loadSessionUser(token, now, authEnv().sessionMaxAgeSeconds);
}

/**
 * The user id a request's session cookie claims, NOT yet checked against the database (null when
 * signed out). Only for a caller that checks the account itself before anything is stored or
 * shown (answerApiRequest's `userCheckedByWrites`).
 */
export async function claimedUserIdOfSessionCookies(cookies: CookieSource, now: Date): Promise<string | null> {
  const token = await readSessionCookie(cookies, process.env.NEXTAUTH_SECRET);
  return claimedUserId(token, now, authEnv().sessionMaxAgeSeconds);
}

/**
 * The user behind a session token, read from the database: a deleted account has no user and a
 * changed role is seen at once, whatever the token says. A token past the absolute session
 * lifetime, or without our claims, is no session (null), as next-auth's callbacks would have it.
 */
export async function loadSessionUser(token: JWT | null, now: Date, maxAgeSeconds: number): Promise<SessionUser | null> {
  const userId = claimedUserId(token, now, maxAgeSeconds);
  return userId === null ? null : findUserById(userId);
}

function claimedUserId(token: JWT | null, now: Date, maxAgeSeconds: number): string | null {
  if (token === null) return null;
  try {
    return userIdOfSessionToken(token, now, maxAgeSeconds);
  } catch (error) {
    if (error instanceof SessionExpiredError) return null;
    throw error;
  }
}

/**
 * The session callback: what `/api/auth/session` shows the client. The name and role come from the
 * database, as for every check on the server, so a role changed since sign-in shows at once, and a
 * deleted account is signed out (SessionExpiredError: next-auth then answers `{}` and clears the
 * cookie). If the database cannot be read, the claims from sign-in stand in, rather than signing
 * the user out over a passing failure. The jwt callback has already refused an expired token.
 */
export async function sessionForToken(token: JWT, expires: string): Promise<Session> {
  const claimed = sessionFromToken(token, expires);
  let user: SessionUser | null;
  try {
    user = await findUserById(claimed.user.id);
  } catch (error) {
    console.error(`[auth] could not re-read user ${claimed.user.id} for the session; showing the role from sign-in:`, error);
    return claimed;
  }
  if (user === null) throw new SessionExpiredError(`The account ${claimed.user.id} no longer exists; treated as signed out`);
  return { expires, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

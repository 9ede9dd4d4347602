import "server-only";
import type { JWT } from "next-auth/jwt";
import { findUserById, type SessionUser } from "@/server/users/data";
import { SessionExpiredError, userIdOfSessionToken } from "./session-token";

/**
 * The user behind a session token, read from the database: a deleted account has no user and a
 * changed role is seen at once, whatever the token says. A token past the absolute session
 * lifetime, or without our claims, is no session (null), as next-auth's callbacks would have it.
 */
export async function loadSessionUser(token: JWT | null, now: Date, maxAgeSeconds: number): Promise<SessionUser | null> {
  if (token === null) return null;
  let userId: string;
  try {
    userId = userIdOfSessionToken(token, now, maxAgeSeconds);
  } catch (error) {
    if (error instanceof SessionExpiredError) return null;
    throw error;
  }
  return findUserById(userId);
}

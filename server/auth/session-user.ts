import "server-only";
import type { Session } from "next-auth";
import { findUserById, type SessionUser } from "@/server/users/data";

/**
 * The user behind a next-auth session, read from the database: a deleted account has no user and
 * a changed role is seen at once, whatever the token says.
 */
export async function loadSessionUser(session: Session | null): Promise<SessionUser | null> {
  if (session === null) return null;
  return findUserById(session.user.id);
}

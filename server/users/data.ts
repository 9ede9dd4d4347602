import "server-only";
import { db, directSqlite } from "@/server/db";
import type { Role } from "@/lib/auth/roles";

/** What the app knows about the signed-in user; never includes the password hash. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
};

const sessionUserFields = { id: true, email: true, name: true, role: true } as const;

/** Read on every signed-in request; on SQLite through a prepared statement (docs/decisions/040-direct-sqlite-hot-paths.md). */
export async function findUserById(userId: string): Promise<SessionUser | null> {
  const direct = await directSqlite();
  if (direct) {
    const row = direct.statement(`SELECT "id", "email", "name", "role" FROM "User" WHERE "id" = ?`).get(userId) as SessionUser | undefined;
    return row ?? null;
  }
  return db.user.findUnique({ where: { id: userId }, select: sessionUserFields });
}

/** For checking a password at sign-in only. `email` must already be normalised. */
export async function findUserCredentialsByEmail(email: string): Promise<(SessionUser & { passwordHash: string }) | null> {
  return db.user.findUnique({ where: { email }, select: { ...sessionUserFields, passwordHash: true } });
}

// Test users with unique emails, so tests never need to wipe tables (and can share a database,
// SQLite or PostgreSQL, with every other test file).
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import type { Role } from "@/lib/auth/roles";

/** A password that passes the sign-up policy (8+ characters, not a common password). */
export const TEST_PASSWORD = "correct-horse-battery-42";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@footnote.test`;
}

/** A random address in 198.18.0.0/15 (reserved for tests), so lockout tests do not share one. */
export function uniqueAddress(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

export async function createTestUser(overrides: { role?: Role; name?: string; email?: string; password?: string } = {}): Promise<TestUser> {
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(overrides.role === "INSTRUCTOR" ? "instructor" : "student"),
      name: overrides.name ?? "Test User",
      role: overrides.role ?? "STUDENT",
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}

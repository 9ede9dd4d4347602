import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { normaliseEmail } from "@/lib/auth/email";
import type { Role } from "@/lib/auth/roles";
import type { SignUpInput } from "@/lib/auth/sign-up-schema";
import type { SessionUser } from "./data";

export type CreateUserResult = { status: "created"; user: SessionUser } | { status: "email-taken" };

// Prisma reports a unique index violation as P2002, with every driver adapter. Matched by shape
// because the SQLite and PostgreSQL clients each have their own error class.
const uniqueViolationSchema = z.object({ code: z.literal("P2002") });

function isUniqueViolation(error: unknown): boolean {
  return uniqueViolationSchema.safeParse(error).success;
}

/**
 * Creates an account from already-validated sign-up input. New accounts are students unless a
 * caller (the demo seed, an operator) says otherwise. A taken email, including one taken by a
 * concurrent sign-up between our check and the insert, comes back as "email-taken".
 */
export async function createUser(input: SignUpInput, role: Role = "STUDENT"): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: normaliseEmail(input.email), name: input.name, passwordHash, role },
      select: { id: true, email: true, name: true, role: true },
    });
    return { status: "created", user };
  } catch (error) {
    // User has one unique column besides the generated id: the email.
    if (isUniqueViolation(error)) return { status: "email-taken" };
    throw error;
  }
}

const recordNotFoundSchema = z.object({ code: z.literal("P2025") });

/**
 * Makes an account an instructor (or a student again). Takes effect on the user's next request,
 * because the session re-reads the role from the database. Throws if no account has that email.
 */
export async function setUserRoleByEmail(email: string, role: Role): Promise<SessionUser> {
  const normalised = normaliseEmail(email);
  try {
    return await db.user.update({
      where: { email: normalised },
      data: { role },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if (recordNotFoundSchema.safeParse(error).success) {
      throw new Error(`setUserRoleByEmail: no account has the email "${normalised}"`, { cause: error });
    }
    throw error;
  }
}

import "server-only";
import { notFound as renderNotFound } from "next/navigation";

/** A failure the learner (or API client) caused, with what to tell them; the API maps kinds to statuses. */
export class StudyError extends Error {
  constructor(
    readonly kind: "not-found" | "invalid" | "conflict",
    message: string,
    readonly details: { fieldErrors?: Record<string, string[]>; body?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "StudyError";
  }
}

export const notFound = (what: string) => new StudyError("not-found", `${what} not found`);

export const invalidField = (field: string, message: string) =>
  new StudyError("invalid", "The request is not valid", { fieldErrors: { [field]: [message] } });

/** Prisma's unique-constraint failure (P2002), whichever driver adapter raised it. */
/** A unique constraint failed: Prisma's P2002, or SQLite's own codes from the direct answer path (server/study/answer-store.ts). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code } = error as { code: unknown };
  return code === "P2002" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** For pages: a missing (or someone else's) attempt or article renders the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof StudyError && error.kind === "not-found") renderNotFound();
    throw error;
  }
}

import "server-only";

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
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

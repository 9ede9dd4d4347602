import "server-only";
import { notFound as renderNotFound } from "next/navigation";

/**
 * A failure the instructor or student caused in the teach features, with the field it concerns.
 * Someone else's class, assignment or attempt is "not-found": we never confirm that it exists.
 */
export class TeachError extends Error {
  constructor(
    readonly kind: "not-found" | "invalid" | "conflict" | "too-many",
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "TeachError";
  }
}

export const notFound = (what: string) => new TeachError("not-found", `${what} not found`);

export const invalidField = (field: string, message: string) => new TeachError("invalid", message, { [field]: [message] });

/** The `{ errors, message }` a useActionState form shows for an expected failure; rethrows anything else. */
export function formStateFromError(error: unknown): { errors: Record<string, string[]>; message: string } {
  if (error instanceof TeachError) return { errors: error.fieldErrors, message: error.message };
  throw error;
}

/** For pages: someone else's (or a missing) class, assignment or article renders the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TeachError && error.kind === "not-found") renderNotFound();
    throw error;
  }
}

import { z } from "zod";

// RFC 5321 limits a forward path to 254 characters.
export const MAX_EMAIL_LENGTH = 254;

/** Trims and lowercases, so that "Ana@Example.com " and "ana@example.com" are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "Enter your email address" : "Email must be text") })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, "Enter your email address")
      .max(MAX_EMAIL_LENGTH, `Email must be at most ${MAX_EMAIL_LENGTH} characters`)
      .pipe(z.email("Enter an email address like name@example.com")),
  );

import { z } from "zod";
import commonPasswordsFile from "./common-passwords.json";
import { COMMON_PASSWORD_COUNT } from "./common-password-count";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy-limits";

const commonPasswordsFileSchema = z.object({
  passwords: z.array(z.string()).length(COMMON_PASSWORD_COUNT, {
    message: `lib/auth/common-passwords.json: expected ${COMMON_PASSWORD_COUNT} passwords; regenerate it with npx tsx scripts/generate-common-passwords.ts`,
  }),
});

const commonPasswords: ReadonlySet<string> = new Set(commonPasswordsFileSchema.parse(commonPasswordsFile).passwords);

/** True when the password, ignoring case, is one of the 10,000 most common passwords. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

/** The password rule for new passwords (sign-up). Signing in accepts whatever was set before. */
export const newPasswordSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "Enter a password" : "Password must be text") })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters`)
  .refine((password) => !isCommonPassword(password), {
    message: "This password is one of the 10,000 most common passwords; choose one that is harder to guess",
  });

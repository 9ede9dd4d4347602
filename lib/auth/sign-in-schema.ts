import { z } from "zod";
import { emailSchema } from "./email";

// Sign-in does not apply the new-password policy (older passwords stay valid), only a ceiling so
// that a megabyte "password" is never hashed.
export const MAX_SIGN_IN_PASSWORD_LENGTH = 1024;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: (issue) => (issue.input === undefined ? "Enter your password" : "Password must be text") })
    .min(1, "Enter your password")
    .max(MAX_SIGN_IN_PASSWORD_LENGTH, `Password must be at most ${MAX_SIGN_IN_PASSWORD_LENGTH} characters`),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignInField = keyof SignInInput;

import { z } from "zod";
import { emailSchema } from "./email";
import { newPasswordSchema } from "./password-policy";

export const MAX_NAME_LENGTH = 100;

/** The email field's message when the address already has an account (form and API alike). */
export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in instead, or use another email.";

export const nameSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "Enter your name" : "Name must be text") })
  .trim()
  .min(1, "Enter your name")
  .max(MAX_NAME_LENGTH, `Name must be at most ${MAX_NAME_LENGTH} characters`)
  // Names are shown in rosters and headers; line breaks and other control characters would garble them.
  .refine((name) => !/[\p{Cc}]/u.test(name), { message: "Name must not contain line breaks or control characters" });

/** Sign-up: the form, the server action and POST /api/users all use this one schema. */
export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignUpField = keyof SignUpInput;

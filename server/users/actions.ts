"use server";
// A "use server" file must start with its directive; server-only comes right after.
import "server-only";
import { z } from "zod";
import { EMAIL_TAKEN_MESSAGE, type SignUpField, signUpSchema } from "@/lib/auth/sign-up-schema";
import { createUser } from "./mutations";

export type SignUpFormState = {
  status: "idle" | "invalid" | "created";
  errors: Partial<Record<SignUpField, string[]>>;
  message: string | null;
  /** The normalised email of the new account, for signing in straight after. */
  email: string | null;
};

function formText(formData: FormData, field: SignUpField): FormDataEntryValue | undefined {
  return formData.get(field) ?? undefined;
}

/**
 * Sign-up from the form. Anyone may call it, so there is no requireUser; the same schema and
 * createUser as POST /api/users. The form signs in with next-auth after "created".
 */
export async function signUpAction(_previous: SignUpFormState, formData: FormData): Promise<SignUpFormState> {
  const parsed = signUpSchema.safeParse({
    name: formText(formData, "name"),
    email: formText(formData, "email"),
    password: formText(formData, "password"),
  });
  if (!parsed.success) {
    return {
      status: "invalid",
      errors: z.flattenError(parsed.error).fieldErrors,
      message: "Check the highlighted fields.",
      email: null,
    };
  }
  const result = await createUser(parsed.data);
  if (result.status === "email-taken") {
    return { status: "invalid", errors: { email: [EMAIL_TAKEN_MESSAGE] }, message: "Check the highlighted fields.", email: null };
  }
  return { status: "created", errors: {}, message: null, email: result.user.email };
}

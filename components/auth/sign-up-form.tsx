"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { type FormEvent, useActionState, useEffect, useRef, startTransition } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy-limits";
import { type SignUpFormState, signUpAction } from "@/server/users/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { continueAfterSignIn, messageForSignInError } from "./after-sign-in";

const INITIAL_STATE: SignUpFormState = { status: "idle", errors: {}, message: null, email: null };

async function signUpThenSignIn(previous: SignUpFormState, formData: FormData): Promise<SignUpFormState> {
  const result = await signUpAction(previous, formData);
  if (result.status !== "created" || result.email === null) return result;
  const password = formData.get("password");
  try {
    const signedIn = await signIn("credentials", { email: result.email, password: typeof password === "string" ? password : "", redirect: false });
    if (signedIn?.ok && !signedIn.error) {
      continueAfterSignIn(null);
      return result;
    }
    return { ...result, message: `Your account was created, but signing in failed: ${messageForSignInError(signedIn?.error)} Sign in from the sign-in page.` };
  } catch (error) {
    console.error("Sign-in after sign-up failed", error);
    return { ...result, message: "Your account was created, but Footnote could not be reached to sign you in. Sign in from the sign-in page." };
  }
}

export function SignUpForm() {
  const [state, formAction, pending] = useActionState(signUpThenSignIn, INITIAL_STATE);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "invalid") formRef.current?.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting through a transition rather than <form action> keeps what was typed when the
    // server sends errors back (React resets a form after its action).
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const created = state.status === "created";
  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="sign-up-heading">
      <FormError message={state.status === "invalid" || created ? state.message : null} />
      <TextField label="Name" name="name" autoComplete="name" required maxLength={100} errors={state.errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={state.errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not one of the most common passwords.`}
        errors={state.errors.password}
      />
      <Button type="submit" pending={pending || (created && state.message === null)}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-accent-700 underline dark:text-accent-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}

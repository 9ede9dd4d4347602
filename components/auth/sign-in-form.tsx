"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { z } from "zod";
import { type SignInField, signInSchema } from "@/lib/auth/sign-in-schema";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { continueAfterSignIn, messageForSignInError } from "./after-sign-in";

type SignInFormState = { errors: Partial<Record<SignInField, string[]>>; message: string | null };

const NO_ERRORS: SignInFormState = { errors: {}, message: null };

export function SignInForm({ callbackPath, initialMessage }: { callbackPath: string | null; initialMessage?: string | null }) {
  const [state, setState] = useState<SignInFormState>({ errors: {}, message: initialMessage ?? null });
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  function showErrors(next: SignInFormState) {
    setState(next);
    // Move to the first field that needs fixing; a form-level message is announced by role=alert.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus());
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: formData.get("email") ?? undefined, password: formData.get("password") ?? undefined });
    if (!parsed.success) {
      showErrors({ errors: z.flattenError(parsed.error).fieldErrors, message: null });
      return;
    }
    // Cleared now, not when the attempt ends, so that a repeated message is announced again.
    setState(NO_ERRORS);
    startTransition(async () => {
      try {
        const result = await signIn("credentials", { ...parsed.data, redirect: false });
        if (result?.ok && !result.error) {
          continueAfterSignIn(callbackPath);
          return;
        }
        showErrors({ errors: {}, message: messageForSignInError(result?.error) });
      } catch (error) {
        console.error("Sign-in request failed", error);
        showErrors({ errors: {}, message: "Could not reach Footnote. Check your connection and try again." });
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="sign-in-heading">
      <FormError message={state.message} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={state.errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={state.errors.password} />
      <Button type="submit" pending={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New to Footnote?{" "}
        <Link href="/sign-up" className="font-medium text-accent-700 underline dark:text-accent-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}

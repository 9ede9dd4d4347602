import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { homePathForRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/server/auth/session";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const query = await searchParams;
  const callbackPath = safeCallbackPath(query.callbackUrl);
  const user = await getCurrentUser();
  // Signed in already (or just now: the form reloads this page): go on to where they were headed.
  if (user) redirect(callbackPath ?? homePathForRole(user.role));
  // next-auth sends its own failures here as ?error=CODE; the code is not shown, it may be forged.
  const initialMessage = query.error === undefined ? null : "Signing in did not work. Please try again.";
  return (
    <AuthFrame headingId="sign-in-heading" heading="Sign in to Footnote">
      <SignInForm callbackPath={callbackPath} initialMessage={initialMessage} />
    </AuthFrame>
  );
}

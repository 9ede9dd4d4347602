import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { homePathForRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/server/auth/session";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathForRole(user.role));
  return (
    <AuthFrame headingId="sign-up-heading" heading="Create your Footnote account">
      <SignUpForm />
    </AuthFrame>
  );
}

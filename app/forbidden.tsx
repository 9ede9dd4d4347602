import type { Metadata } from "next";
import Link from "next/link";
import { homePathForRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Not allowed" };

// Rendered, with status 403, when a page calls forbidden() (requireRole for another role). Next
// renders it inside the layouts above that page, which provide the <main> landmark (the signed-in
// shell for the role pages), so this is a section, not a second <main>.
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <section aria-labelledby="forbidden-heading" className="max-w-xl py-8">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Error 403</p>
      <h1 id="forbidden-heading" className="mt-2 font-serif text-3xl font-semibold">You do not have access to this page</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        {user
          ? `You are signed in as ${user.email} (${user.role === "STUDENT" ? "student" : "instructor"}), and this page is not open to your account.`
          : "Sign in with an account that may open this page."}
      </p>
      <p className="mt-6">
        <Link href={user ? homePathForRole(user.role) : "/sign-in"} className="font-medium text-accent-700 underline dark:text-accent-300">
          {user ? "Go to your home page" : "Sign in"}
        </Link>
      </p>
    </section>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { homePathForRole, type Role } from "@/lib/auth/roles";
import { ROLE_LABELS, navigationForRole } from "./navigation";
import { ShellNav } from "./shell-nav";
import { SignOutButton } from "./sign-out-button";

export type ShellUser = { name: string; email: string; role: Role };

/** The signed-in frame: brand, the role's navigation, who is signed in, and sign-out. */
export function AppShell({ user, children }: { user: ShellUser; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
          <Link href={homePathForRole(user.role)} className="font-serif text-xl font-semibold">
            Footnote
          </Link>
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <ShellNav items={navigationForRole(user.role)} />
          </nav>
          <div className="flex items-center gap-3">
            <p className="text-right text-sm leading-tight">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-slate-600 dark:text-slate-400">{ROLE_LABELS[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}

import Link from "next/link";
import { homePathForRole } from "@/lib/auth/roles";
import { navigationForRole } from "@/components/shell/navigation";
import { ShellNav } from "@/components/shell/shell-nav";
import { getCurrentUser } from "@/server/auth/session";

// The reader is open to everyone. A signed-in reader also gets their own sections (Study, Progress…),
// so that an article opened from a quiz's explanation is not a dead end.
export default async function ReadLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const items = [{ href: "/read", label: "Articles" }, ...(user ? navigationForRole(user.role) : [{ href: "/sign-in", label: "Sign in" }])];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <nav aria-label="Main" className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href={user ? homePathForRole(user.role) : "/"} className="font-serif text-xl font-semibold">
            Footnote
          </Link>
          <ShellNav items={items} />
        </nav>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}

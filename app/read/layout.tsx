import Link from "next/link";

export default function ReadLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <nav aria-label="Main" className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold">
            Footnote
          </Link>
          <Link href="/read" className="rounded px-3 py-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
            Articles
          </Link>
        </nav>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}

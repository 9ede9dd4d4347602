import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The sign-in and sign-up pages: a heading and a form on a card, centred, phone-width first. */
export function AuthFrame({ headingId, heading, children }: { headingId: string; heading: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-5xl px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold">
            Footnote
          </Link>
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 sm:py-16">
        <Card className="w-full max-w-md">
          <h1 id={headingId} className="mb-6 font-serif text-2xl font-semibold">
            {heading}
          </h1>
          {children}
        </Card>
      </main>
    </div>
  );
}

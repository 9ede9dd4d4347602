"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavigationItem } from "./navigation";

/** The role's sections; the current one is marked with aria-current for screen readers and styling. */
export function ShellNav({ items }: { items: readonly NavigationItem[] }) {
  // Null only on a Pages Router page, and every page here is an App Router page (the pages/
  // directory holds one API route), but Next types it as nullable once pages/ exists.
  const pathname = usePathname() ?? "";
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800 ${
                current ? "bg-accent-50 text-accent-700 dark:bg-slate-800 dark:text-accent-300" : "text-slate-700 dark:text-slate-300"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

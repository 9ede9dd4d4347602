import type { ReactNode } from "react";

/** What a list page shows when it has nothing to list: what is missing and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      <p className="text-lg font-medium">{title}</p>
      {children ? <div className="mt-2 text-slate-600 dark:text-slate-400">{children}</div> : null}
    </div>
  );
}

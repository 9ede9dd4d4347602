import type { Metadata } from "next";
import { requireRole } from "@/server/auth/session";
import { listClassesTaughtBy } from "@/server/users/classes-taught";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const instructor = await requireRole("INSTRUCTOR", { returnTo: "/classes" });
  const classes = await listClassesTaughtBy(instructor.id);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Classes</h1>
      {classes.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="You are not teaching any classes">Classes you teach will be listed here with their join codes.</EmptyState>
        </div>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Classes you teach</caption>
            <thead className="border-b border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Class</th>
                <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">Join code</th>
                <th scope="col" className="py-2 font-medium">Students</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {classes.map((taught) => (
                <tr key={taught.id}>
                  <th scope="row" className="py-3 pr-4 font-medium">{taught.name}</th>
                  <td className="py-3 pr-4 font-mono">{taught.joinCode}</td>
                  <td className="py-3">{taught.rosterCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

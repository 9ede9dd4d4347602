import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/server/auth/session";
import { listClassesTaughtBy } from "@/server/classes/data";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateClassForm } from "@/components/teach/class-forms";

export const metadata: Metadata = { title: "Classes" };
export const dynamic = "force-dynamic";

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
                <th scope="col" className="py-2 pr-4 font-medium">Students</th>
                <th scope="col" className="py-2 font-medium">Assignments</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {classes.map((taught) => (
                <tr key={taught.id}>
                  <th scope="row" className="py-3 pr-4 font-medium">
                    <Link href={`/classes/${taught.id}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                      {taught.name}
                    </Link>
                  </th>
                  <td className="py-3 pr-4 font-mono">{taught.joinCode}</td>
                  <td className="py-3 pr-4">{taught.rosterCount}</td>
                  <td className="py-3">{taught.assignmentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-class" className="mt-10 space-y-3">
        <h2 id="new-class" className="text-xl font-semibold">New class</h2>
        <CreateClassForm />
      </section>
      <p className="mt-10">
        <Link href="/classes/articles" className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Articles and questions for your classes
        </Link>{" "}
        — upload an article, edit, retire or write questions.
      </p>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/teach/format";
import type { AssignmentWindow } from "@/lib/teach/schedule";
import { requireUser } from "@/server/auth/session";
import { listAssignmentsForInstructor, listAssignmentsForStudent } from "@/server/assignments/data";
import { listEnrolledClasses } from "@/server/classes/data";
import { getStudySettings } from "@/server/study/data";
import { EmptyState } from "@/components/ui/empty-state";
import { JoinClassForm } from "@/components/teach/class-forms";

export const metadata: Metadata = { title: "Assignments" };
export const dynamic = "force-dynamic";

const WINDOW_LABELS: Record<AssignmentWindow, string> = { upcoming: "Not open yet", open: "Open", late: "Late submissions only", closed: "Closed" };

export default async function AssignmentsPage() {
  const user = await requireUser({ returnTo: "/assignments" });
  const now = new Date();
  const { timeZone } = await getStudySettings(user.id);
  if (user.role === "INSTRUCTOR") {
    const assignments = await listAssignmentsForInstructor(user.id, now);
    return (
      <>
        <h1 className="font-serif text-3xl font-semibold">Assignments</h1>
        <div className="mt-6">
          {assignments.length === 0 ? (
            <EmptyState title="No assignments yet">
              Open a class on the <Link href="/classes" className="underline">Classes</Link> page and choose “New assignment”.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {assignments.map((assignment) => (
                <li key={assignment.id} className="py-3">
                  <Link href={`/assignments/${assignment.id}`} className="text-lg font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">{assignment.title}</Link>
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    {assignment.className} · {assignment.articleTitle} · due {formatDateTime(assignment.dueAt, timeZone)} · {WINDOW_LABELS[assignment.window]} · {assignment.submittedStudents} of {assignment.rosterCount} submitted
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </>
    );
  }
  const [assignments, classes] = await Promise.all([listAssignmentsForStudent(user.id, now), listEnrolledClasses(user.id)]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Assignments</h1>
      <div className="mt-6">
        {assignments.length === 0 ? (
          <EmptyState title="No assignments yet">{classes.length === 0 ? "Join your class with the code your instructor gave you." : "Your instructors have not set any yet."}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Your assignments, due soonest first">
            {assignments.map((assignment) => {
              const submitted = assignment.attempts.filter((attempt) => attempt.finishedAt !== null).length;
              return (
                <li key={assignment.id} className="py-3">
                  <Link href={`/assignments/${assignment.id}`} className="text-lg font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">{assignment.title}</Link>
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    {assignment.className} · due {formatDateTime(assignment.dueAt, timeZone)} · {WINDOW_LABELS[assignment.window]}
                    {assignment.openAttemptId ? " · in progress" : submitted > 0 ? ` · ${submitted} of ${assignment.attemptsAllowed} attempts used` : ""}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <section aria-labelledby="join" className="mt-10 space-y-3">
        <h2 id="join" className="text-xl font-semibold">Join a class</h2>
        {classes.length > 0 ? <p className="text-slate-700 dark:text-slate-300">Your classes: {classes.map((entry) => entry.name).join(", ")}.</p> : null}
        <JoinClassForm />
      </section>
    </>
  );
}

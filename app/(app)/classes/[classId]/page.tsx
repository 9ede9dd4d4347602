import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/teach/format";
import { requireRole } from "@/server/auth/session";
import { listAssignmentsForInstructor } from "@/server/assignments/data";
import { getTaughtClass } from "@/server/classes/data";
import { orNotFound } from "@/server/classes/errors";
import { getStudySettings } from "@/server/study/data";
import { EmptyState } from "@/components/ui/empty-state";
import { RegenerateCodeForm, RemoveStudentForm } from "@/components/teach/class-forms";

export const metadata: Metadata = { title: "Class" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const instructor = await requireRole("INSTRUCTOR", { returnTo: `/classes/${classId}` });
  const taught = await orNotFound(getTaughtClass(instructor.id, classId));
  const [assignments, settings] = await Promise.all([listAssignmentsForInstructor(instructor.id, new Date()), getStudySettings(instructor.id)]);
  const own = assignments.filter((assignment) => assignment.classId === classId);
  return (
    <>
      <p className="text-sm">
        <Link href="/classes" className="underline underline-offset-2">Classes</Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold">{taught.name}</h1>
      <section aria-labelledby="join" className="mt-6 space-y-3">
        <h2 id="join" className="text-xl font-semibold">Join code</h2>
        <p>
          Students join at <strong>Assignments</strong> with the code{" "}
          <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">{taught.joinCode}</strong>
        </p>
        <RegenerateCodeForm classId={taught.id} />
      </section>
      <section aria-labelledby="assignments" className="mt-10 space-y-3">
        <h2 id="assignments" className="text-xl font-semibold">Assignments</h2>
        {own.length === 0 ? <p>No assignments yet.</p> : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {own.map((assignment) => (
              <li key={assignment.id} className="py-3">
                <Link href={`/assignments/${assignment.id}`} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">{assignment.title}</Link>
                <span className="block text-sm text-slate-600 dark:text-slate-400">
                  {assignment.articleTitle} · due {formatDateTime(assignment.dueAt, settings.timeZone)} · {assignment.submittedStudents} of {assignment.rosterCount} submitted
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/classes/${taught.id}/assignments/new`} className="inline-flex min-h-11 items-center rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
          New assignment
        </Link>
      </section>
      <section aria-labelledby="roster" className="mt-10 space-y-3">
        <h2 id="roster" className="text-xl font-semibold">Roster ({taught.roster.length})</h2>
        {taught.roster.length === 0 ? (
          <EmptyState title="No students yet">Give students the join code above.</EmptyState>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">Students in {taught.name}</caption>
            <thead className="border-b border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Student</th>
                <th scope="col" className="py-2 pr-4 font-medium">Email</th>
                <th scope="col" className="py-2 pr-4 font-medium">Joined</th>
                <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {taught.roster.map((student) => (
                <tr key={student.userId}>
                  <th scope="row" className="py-2 pr-4 font-medium">{student.name}</th>
                  <td className="py-2 pr-4">{student.email}</td>
                  <td className="py-2 pr-4">{formatDateTime(student.joinedAt, settings.timeZone)}</td>
                  <td className="py-2"><RemoveStudentForm classId={taught.id} studentId={student.userId} studentName={student.name} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

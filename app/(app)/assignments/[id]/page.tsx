import type { Metadata } from "next";
import Link from "next/link";
import { EXPORT_FORMAT_DETAILS, EXPORT_FORMATS } from "@/lib/teach/export-set";
import { formatDateTime, formatMinutes, formatPercent, minutesLabel } from "@/lib/teach/format";
import { DRAW_MODE_LABELS, REVIEW_POLICY_LABELS, reviewAvailableAt } from "@/lib/teach/schedule";
import { ITEM_THRESHOLDS } from "@/lib/teach/item-analysis";
import { requireUser } from "@/server/auth/session";
import { getAssignmentForStudent } from "@/server/assignments/data";
import { assignmentQuestionSet, questionsAskedNow } from "@/server/assignments/question-set";
import { orNotFound } from "@/server/classes/errors";
import { getGradebook } from "@/server/gradebook/data";
import { getStudySettings } from "@/server/study/data";
import { GradebookTable, ItemAnalysisTable } from "@/components/teach/gradebook-tables";
import { StartAttemptForm } from "@/components/teach/start-attempt-form";

export const metadata: Metadata = { title: "Assignment" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ asked?: string }> };

export default async function AssignmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  // Set by the new-assignment form when it asked for more questions than can be asked together.
  const asked = Number((await searchParams).asked) || null;
  const user = await requireUser({ returnTo: `/assignments/${id}` });
  const now = new Date();
  const { timeZone } = await getStudySettings(user.id);
  return user.role === "INSTRUCTOR" ? <InstructorView instructorId={user.id} assignmentId={id} now={now} timeZone={timeZone} asked={asked} /> : <StudentView userId={user.id} assignmentId={id} now={now} timeZone={timeZone} />;
}

type ViewProps = { assignmentId: string; now: Date; timeZone: string };

async function InstructorView({ instructorId, assignmentId, now, timeZone, asked }: ViewProps & { instructorId: string; asked: number | null }) {
  const gradebook = await orNotFound(getGradebook(instructorId, assignmentId, now));
  const { assignment } = gradebook;
  const askedNow = questionsAskedNow(await assignmentQuestionSet(instructorId, assignmentId));
  const link = "font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300";
  return (
    <>
      <p className="text-sm"><Link href={`/classes/${assignment.classId}`} className="underline underline-offset-2">{assignment.className}</Link></p>
      <h1 className="font-serif text-3xl font-semibold">{assignment.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {assignment.article.title} · {questionCountText(assignment.questionCount, askedNow, assignment.drawMode === "per-student")} · opens {formatDateTime(assignment.opensAt, timeZone)} · due {formatDateTime(assignment.dueAt, timeZone)}
        {assignment.lateUntil ? ` · late attempts until ${formatDateTime(assignment.lateUntil, timeZone)}` : ""} · {assignment.timeLimitMinutes ? minutesLabel(assignment.timeLimitMinutes) : "no time limit"} · {assignment.attemptsAllowed} attempt{assignment.attemptsAllowed === 1 ? "" : "s"} · {DRAW_MODE_LABELS[assignment.drawMode]} · answers shown: {REVIEW_POLICY_LABELS[assignment.reviewAfter].toLowerCase()}
      </p>
      {asked !== null && asked > assignment.questionCount ? (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          You asked for {asked} questions. Only {assignment.questionCount} of these sections and kinds can be asked together without one question giving
          away another&apos;s answer, so the assignment has {assignment.questionCount}.
        </p>
      ) : null}
      <nav aria-label="Assignment files" className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/assignments/${assignment.id}/print`} className={link}>Printable copy</Link>
        <a href={`/api/assignments/${assignment.id}/gradebook?part=students`} className={link} download>Grades (CSV)</a>
        <a href={`/api/assignments/${assignment.id}/gradebook?part=items`} className={link} download>Item analysis (CSV)</a>
        {EXPORT_FORMATS.map((format) => (
          <a key={format} href={`/api/assignments/${assignment.id}/export?format=${format}`} className={link} download>{EXPORT_FORMAT_DETAILS[format].label}</a>
        ))}
      </nav>
      <section aria-labelledby="grades" className="mt-8 space-y-3">
        <h2 id="grades" className="text-xl font-semibold">Grades</h2>
        <p>{gradebook.submitted} of {gradebook.rows.length} students submitted{gradebook.meanScore !== null ? `; mean score ${formatPercent(gradebook.meanScore)}` : ""}. Each student&apos;s best attempt counts.</p>
        <GradebookTable rows={gradebook.rows} attemptsAllowed={assignment.attemptsAllowed} timeZone={timeZone} />
      </section>
      <section aria-labelledby="items" className="mt-10 space-y-3">
        <h2 id="items" className="text-xl font-semibold">Item analysis</h2>
        <p className="text-slate-700 dark:text-slate-300">
          Over each student&apos;s first submitted attempt ({gradebook.analysed}). Facility is the share who got it right; discrimination is the point-biserial correlation with the score on the other questions.
          Flagged from {ITEM_THRESHOLDS.minResponses} answers: too easy above {formatPercent(ITEM_THRESHOLDS.tooEasyAbove)}, too hard below {formatPercent(ITEM_THRESHOLDS.tooHardBelow)}, poorly discriminating below {ITEM_THRESHOLDS.poorDiscriminationBelow}.
        </p>
        {gradebook.items.length === 0 ? <p>No submitted attempts yet.</p> : <ItemAnalysisTable items={gradebook.items} />}
      </section>
    </>
  );
}

/** The assignment's question count, and what an attempt started now gets when a new version of the article lost some. */
function questionCountText(made: number, now: number, perStudent: boolean): string {
  if (now >= made) return `${made} questions`;
  return perStudent
    ? `about ${now} questions a student (${made} when made: the article's current version has fewer to draw from)`
    : `${now} questions (${made} when made: the article's current version no longer has ${made - now} of them)`;
}

async function StudentView({ userId, assignmentId, now, timeZone }: ViewProps & { userId: string }) {
  const assignment = await orNotFound(getAssignmentForStudent(userId, assignmentId, now));
  const used = assignment.attempts.length;
  const canStart = (assignment.window === "open" || assignment.window === "late") && used < assignment.attemptsAllowed;
  const reviewAt = reviewAvailableAt(assignment.reviewAfter, assignment);
  return (
    <>
      <p className="text-sm"><Link href="/assignments" className="underline underline-offset-2">Assignments</Link></p>
      <h1 className="font-serif text-3xl font-semibold">{assignment.title}</h1>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Class</dt><dd>{assignment.className}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Article</dt><dd>{assignment.article.title}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Due</dt><dd>{formatDateTime(assignment.dueAt, timeZone)}{assignment.lateUntil ? ` (late attempts until ${formatDateTime(assignment.lateUntil, timeZone)})` : ""}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Time limit</dt><dd>{assignment.timeLimitMinutes ? `${minutesLabel(assignment.timeLimitMinutes)}, from when you start` : "None"}</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Attempts</dt><dd>{used} of {assignment.attemptsAllowed} used</dd></div>
        <div><dt className="text-sm text-slate-600 dark:text-slate-400">Answers shown</dt><dd>{REVIEW_POLICY_LABELS[assignment.reviewAfter]}{reviewAt ? ` (${formatDateTime(reviewAt, timeZone)})` : ""}</dd></div>
      </dl>
      <div className="mt-6">
        {assignment.openAttemptId ? (
          <StartAttemptForm assignmentId={assignment.id} label="Resume your attempt" />
        ) : canStart ? (
          <StartAttemptForm assignmentId={assignment.id} label={used === 0 ? "Start the assignment" : "Start another attempt"} />
        ) : (
          <p className="rounded border border-slate-300 px-4 py-3 dark:border-slate-700">
            {assignment.window === "upcoming" ? `Opens ${formatDateTime(assignment.opensAt, timeZone)}.` : assignment.window === "closed" ? "This assignment is closed." : "You have used all your attempts."}
          </p>
        )}
      </div>
      {assignment.attempts.length > 0 ? (
        <section aria-labelledby="attempts" className="mt-8 space-y-3">
          <h2 id="attempts" className="text-xl font-semibold">Your attempts</h2>
          <ol className="space-y-2">
            {assignment.attempts.map((attempt) => (
              <li key={attempt.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                Attempt {attempt.attemptNumber}:{" "}
                {attempt.finishedAt ? (
                  <>
                    <Link href={`/quiz/${attempt.id}`} className="underline">{attempt.correct} of {attempt.total}</Link>, submitted {formatDateTime(attempt.finishedAt, timeZone)} ({formatMinutes(attempt.finishedAt.getTime() - attempt.startedAt.getTime())})
                    {attempt.finishedAt > assignment.dueAt ? <strong className="ml-2">Late</strong> : null}
                  </>
                ) : (
                  <>in progress{attempt.deadlineAt ? `, ends ${formatDateTime(attempt.deadlineAt, timeZone)}` : ""}</>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

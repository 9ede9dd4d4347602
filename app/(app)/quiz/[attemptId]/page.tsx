import type { Metadata } from "next";
import { QuizRunner } from "@/components/study/quiz-runner";
import { QuizSummary } from "@/components/study/quiz-summary";
import { requireRole } from "@/server/auth/session";
import { getAttemptSummary, getAttemptView } from "@/server/study/data";
import { orNotFound } from "@/server/study/errors";

export const metadata: Metadata = { title: "Quiz" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ attemptId: string }>; searchParams: Promise<{ asked?: string }> };

export default async function QuizPage({ params, searchParams }: Props) {
  const { attemptId } = await params;
  // Set by the start form when the quiz holds fewer questions than were asked for.
  const asked = Number((await searchParams).asked) || null;
  const user = await requireRole("STUDENT", { returnTo: `/quiz/${attemptId}` });
  const view = await orNotFound(getAttemptView(user.id, attemptId));
  const summary = view.finishedAt ? await getAttemptSummary(user.id, attemptId) : null;
  if (summary) return <QuizSummary summary={summary} />;
  // Only public questions and already-answered results reach the browser (see lib/study/public-question.ts).
  const total = view.questions.length;
  return (
    <>
      {asked !== null && asked > total && Object.keys(view.answered).length === 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          You asked for {asked} questions. {total === 1 ? "Only 1 question" : `Only ${total} questions`} of these sections and kinds can be asked together without
          one giving away another&apos;s answer, so this quiz has {total}.
        </p>
      ) : null}
      <QuizRunner view={view} />
    </>
  );
}

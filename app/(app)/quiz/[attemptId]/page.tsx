import type { Metadata } from "next";
import { QuizRunner } from "@/components/study/quiz-runner";
import { QuizSummary } from "@/components/study/quiz-summary";
import { requireRole } from "@/server/auth/session";
import { getAttemptSummary, getAttemptView } from "@/server/study/data";
import { orNotFound } from "@/server/study/errors";

export const metadata: Metadata = { title: "Quiz" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ attemptId: string }> };

export default async function QuizPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireRole("STUDENT", { returnTo: `/quiz/${attemptId}` });
  const view = await orNotFound(getAttemptView(user.id, attemptId));
  const summary = view.finishedAt ? await getAttemptSummary(user.id, attemptId) : null;
  if (summary) return <QuizSummary summary={summary} />;
  // Only public questions and already-answered results reach the browser (see lib/study/public-question.ts).
  return <QuizRunner view={view} />;
}

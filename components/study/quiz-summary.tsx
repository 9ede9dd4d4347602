import Link from "next/link";
import type { AttemptSummary } from "@/lib/study/results";
import { WithheldNotice } from "@/components/teach/attempt-timer";
import { formatAnswer } from "./explanation-view";

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  if (minutes > 0) return `${minutes} min ${seconds % 60} s`;
  return `${seconds} s`;
}

/** The end of a quiz: score, time and every missed question linked to its source. */
export function QuizSummary({ summary }: { summary: AttemptSummary }) {
  const percent = Math.round(summary.score * 100);
  return (
    <section aria-labelledby="summary-heading" className="space-y-6">
      <h1 id="summary-heading" tabIndex={-1} className="font-serif text-3xl font-semibold">
        Quiz finished: {summary.article.title}
      </h1>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Score</dt>
          <dd className="text-2xl font-semibold" data-testid="quiz-score">
            {summary.correct} of {summary.total} ({percent}%)
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Time</dt>
          <dd className="text-2xl font-semibold">{formatDuration(summary.durationMs)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Answered</dt>
          <dd className="text-2xl font-semibold">
            {summary.answered} of {summary.total}
          </dd>
        </div>
      </dl>
      {summary.reviewWithheld ? (
        <WithheldNotice answersShownAt={summary.reviewWithheld.answersShownAt} />
      ) : summary.missed.length > 0 ? (
        <div>
          <h2 className="text-xl font-semibold">Questions to review ({summary.missed.length})</h2>
          <ol className="mt-3 space-y-3">
            {summary.missed.map((missed) => (
              <li key={missed.questionId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <p className="font-medium">{missed.prompt}</p>
                <p className="mt-1">
                  <span className="text-slate-600 dark:text-slate-400">Answer: </span>
                  {formatAnswer(missed.correctAnswer)}
                </p>
                <p className="mt-1 text-slate-600 dark:text-slate-400">
                  {missed.response === null ? "Not answered" : `You answered: ${formatAnswer(missed.response)}`}
                </p>
                <Link href={missed.sourceHref} prefetch={false} className="mt-2 inline-block text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  See the source<span className="sr-only"> for “{missed.prompt}”</span>
                </Link>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="text-lg">Every question right.</p>
      )}
      <div className="flex flex-wrap gap-3">
        {summary.policy ? (
          <Link href={`/assignments/${summary.policy.assignmentId}`} className="inline-flex min-h-11 items-center rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Back to {summary.policy.assignmentTitle}
          </Link>
        ) : null}
        <Link href={`/study/${summary.article.slug}`} className="inline-flex min-h-11 items-center rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
          Study this article again
        </Link>
        <Link href={`/flashcards/${summary.article.slug}`} prefetch={false} className="inline-flex min-h-11 items-center rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Review flashcards
        </Link>
      </div>
    </section>
  );
}

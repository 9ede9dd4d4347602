import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartQuizForm } from "@/components/study/start-quiz-form";
import { requireRole } from "@/server/auth/session";
import { getArticleStudyOverview } from "@/server/study/data";
import { formatStudyTime } from "@/lib/study/study-day";

export const metadata: Metadata = { title: "Study an article" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export default async function StudyArticlePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireRole("STUDENT", { returnTo: `/study/${slug}` });
  const overview = await getArticleStudyOverview(user.id, slug, new Date());
  if (!overview) notFound();
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/study" className="underline underline-offset-2">
            Study
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold">{overview.article.title}</h1>
        <p className="mt-2">
          <Link href={`/read/${overview.article.slug}`} prefetch={false} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
            Read the article
          </Link>
        </p>
      </div>

      <section aria-labelledby="flashcards-heading" className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
        <h2 id="flashcards-heading" className="text-xl font-semibold">
          Flashcards
        </h2>
        <p className="mt-1" data-testid="due-counts">
          {overview.dueToday} due today · {overview.newCards} new available
        </p>
        <Link href={`/flashcards/${overview.article.slug}`} prefetch={false} className="mt-3 inline-flex min-h-11 items-center rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Review flashcards
        </Link>
      </section>

      {overview.unfinished.length > 0 ? (
        <section aria-labelledby="resume-heading">
          <h2 id="resume-heading" className="text-xl font-semibold">
            Unfinished quizzes
          </h2>
          <ul className="mt-2 space-y-2">
            {overview.unfinished.map((attempt) => (
              <li key={attempt.attemptId}>
                <Link href={`/quiz/${attempt.attemptId}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  Resume the quiz started {formatStudyTime(new Date(attempt.startedAt), overview.timeZone)} ({attempt.answered} of {attempt.total} answered)
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="quiz-heading" className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
        <h2 id="quiz-heading" className="text-xl font-semibold">
          Practice quiz
        </h2>
        {overview.quizzable === 0 ? (
          <p className="mt-2">This article has no quiz questions yet.</p>
        ) : (
          <div className="mt-4">
            <StartQuizForm articleSlug={overview.article.slug} sections={overview.sections} kinds={overview.kinds} />
          </div>
        )}
      </section>
    </div>
  );
}

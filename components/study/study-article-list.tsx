import Link from "next/link";
import { listStudyArticles } from "@/server/study/data";

/** Every article with links to study it and its flashcards due today. Mount it in the /study page. */
export async function StudyArticleList({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const articles = await listStudyArticles(userId, now);
  if (articles.length === 0) return <p>No articles yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {articles.map((article) => (
        <li key={article.slug} className="flex flex-wrap items-center justify-between gap-3 py-4">
          <div>
            <Link href={`/study/${article.slug}`} className="text-lg font-medium text-accent-700 hover:underline dark:text-accent-300">
              {article.title}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {article.dueToday} card{article.dueToday === 1 ? "" : "s"} due today · {article.studiedFacts} fact{article.studiedFacts === 1 ? "" : "s"} studied
            </p>
          </div>
          <div className="flex gap-2">
            <Link href={`/flashcards/${article.slug}`} prefetch={false} className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
              Flashcards<span className="sr-only"> for {article.title}</span>
            </Link>
            <Link href={`/study/${article.slug}`} className="inline-flex min-h-11 items-center rounded bg-accent-600 px-3 py-2 text-sm font-medium text-white hover:bg-accent-700">
              Quiz<span className="sr-only"> on {article.title}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { listArticles } from "@/server/content/data";

export const dynamic = "force-dynamic";
export const metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const articles = await listArticles();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold">Articles</h1>
      {articles.length === 0 ? (
        <p className="mt-6">No articles are loaded yet. Put article files in content/ and run npm run content -- sync.</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
          {articles.map((article) => (
            <li key={article.slug} className="py-4">
              <Link href={`/read/${article.slug}`} className="text-lg font-medium text-accent-700 hover:underline dark:text-accent-300">
                {article.title}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {article.sentenceCount} sentences · {article.timelineCount} timeline events
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

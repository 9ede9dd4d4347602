import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/teach/format";
import { requireRole } from "@/server/auth/session";
import { listTeachableArticles } from "@/server/classes/articles";
import { getStudySettings } from "@/server/study/data";
import { listUploads } from "@/server/uploads/data";
import { MAX_UPLOADS_PER_HOUR } from "@/server/uploads/mutations";
import { ProblemList, UploadArticleForm } from "@/components/teach/upload-article-form";

export const metadata: Metadata = { title: "Articles for your classes" };
export const dynamic = "force-dynamic";

export default async function TeachArticlesPage() {
  const instructor = await requireRole("INSTRUCTOR", { returnTo: "/classes/articles" });
  const [articles, uploads, settings] = await Promise.all([listTeachableArticles(instructor.id), listUploads(instructor.id), getStudySettings(instructor.id)]);
  return (
    <>
      <p className="text-sm"><Link href="/classes" className="underline underline-offset-2">Classes</Link></p>
      <h1 className="font-serif text-3xl font-semibold">Articles for your classes</h1>
      <section aria-labelledby="articles" className="mt-6">
        <h2 id="articles" className="text-xl font-semibold">Articles</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Open one to edit, retire or write questions for your assignments.</p>
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {articles.map((article) => (
            <li key={article.slug} className="py-3">
              <Link href={`/classes/articles/${encodeURIComponent(article.slug)}`} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">{article.title}</Link>
              {article.uploaded ? <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">uploaded by you</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="upload" className="mt-10 space-y-3">
        <h2 id="upload" className="text-xl font-semibold">Upload an article</h2>
        <p className="text-slate-700 dark:text-slate-300">
          The file is checked as <code>npm run content -- check</code> checks it; it is stored only without format errors. Up to {MAX_UPLOADS_PER_HOUR} uploads an hour.
        </p>
        <UploadArticleForm />
      </section>
      {uploads.length > 0 ? (
        <section aria-labelledby="recent" className="mt-10 space-y-3">
          <h2 id="recent" className="text-xl font-semibold">Your recent uploads</h2>
          <ul className="space-y-3">
            {uploads.map((upload) => (
              <li key={upload.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <p>
                  <strong>{upload.fileName}</strong> · {formatDateTime(upload.createdAt, settings.timeZone)} ·{" "}
                  {upload.status === "accepted" && upload.article ? (
                    <>accepted as <Link href={`/classes/articles/${encodeURIComponent(upload.article.slug)}`} className="underline">{upload.article.title}</Link></>
                  ) : upload.status === "rejected" ? rejectedLabel(upload.problems) : "being checked"}
                </p>
                {upload.problems.length > 0 ? <details className="mt-2"><summary>{upload.problems.length} problem(s)</summary><ProblemList problems={upload.problems} /></details> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Why an upload was not stored, in a few words: the one error, or how many there were. */
function rejectedLabel(problems: readonly { severity: string; message: string }[]): string {
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length === 1) return `not stored: ${errors[0]!.message}`;
  return errors.length === 0 ? "not stored" : `not stored (${errors.length} errors)`;
}

import type { Metadata } from "next";
import Link from "next/link";
import { sectionsOf } from "@/lib/study/draw-quiz";
import type { QuestionKind } from "@/lib/questions/schema";
import { requireRole } from "@/server/auth/session";
import { findTeachableArticle, listTeachableArticles } from "@/server/classes/articles";
import { getTaughtClass } from "@/server/classes/data";
import { orNotFound } from "@/server/classes/errors";
import { assignableQuestions } from "@/server/question-edits/data";
import { EmptyState } from "@/components/ui/empty-state";
import { AssignmentForm } from "@/components/teach/assignment-form";

export const metadata: Metadata = { title: "New assignment" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ article?: string }> };

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const instructor = await requireRole("INSTRUCTOR", { returnTo: `/classes/${classId}/assignments/new` });
  const taught = await orNotFound(getTaughtClass(instructor.id, classId));
  const articles = await listTeachableArticles(instructor.id);
  const requested = (await searchParams).article;
  const article = await findTeachableArticle(instructor.id, requested ?? articles[0]?.slug ?? "");
  if (!article) {
    return <EmptyState title="No articles to assign">Upload an article at <Link href="/classes/articles" className="underline">Articles</Link>.</EmptyState>;
  }
  const pool = await assignableQuestions(instructor.id, article.id);
  const sections = new Map<string, number>();
  const kinds = new Map<QuestionKind, number>();
  let own = 0;
  for (const entry of pool) {
    for (const section of sectionsOf(entry.question)) sections.set(section, (sections.get(section) ?? 0) + 1);
    if (entry.origin === "written") own += 1;
    else kinds.set(entry.question.kind, (kinds.get(entry.question.kind) ?? 0) + 1);
  }
  // Suggested times: from the start of this minute, due a week later.
  const now = new Date();
  const opensAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return (
    <>
      <p className="text-sm">
        <Link href={`/classes/${taught.id}`} className="underline underline-offset-2">{taught.name}</Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-semibold">New assignment</h1>
      <AssignmentForm
        classId={taught.id}
        defaultOpensAt={opensAt.toISOString()}
        defaultDueAt={new Date(opensAt.getTime() + 7 * 24 * 3600_000).toISOString()}
        articles={articles}
        articleSlug={article.slug}
        sections={[...sections].map(([title, questions]) => ({ title, questions }))}
        kinds={[...kinds].map(([kind, questions]) => ({ kind, questions }))}
        ownQuestions={own}
      />
    </>
  );
}

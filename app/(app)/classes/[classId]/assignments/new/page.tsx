import type { Metadata } from "next";
import Link from "next/link";
import { quizCapacity, sectionsInArticleOrder } from "@/lib/study/draw-quiz";
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
  const questions = pool.map((entry) => entry.question);
  const generated = pool.filter((entry) => entry.origin !== "written").map((entry) => entry.question);
  // What an assignment of that section or kind alone can hold (questions that would give each other
  // away are not asked together), sections in article order.
  const sections = sectionsInArticleOrder(questions);
  const kinds = [...new Set<QuestionKind>(generated.map((question) => question.kind))];
  const own = pool.length - generated.length;
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
        sections={sections.map((title) => ({ title, questions: quizCapacity(questions, { sections: [title] }) }))}
        kinds={kinds.map((kind) => ({ kind, questions: quizCapacity(generated, { kinds: [kind] }) }))}
        ownQuestions={own}
      />
    </>
  );
}

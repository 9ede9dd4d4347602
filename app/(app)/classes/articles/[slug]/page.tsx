import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KIND_LABELS } from "@/lib/study/kind-labels";
import { answerText } from "@/lib/teach/export-set";
import { requireRole } from "@/server/auth/session";
import { findTeachableArticle } from "@/server/classes/articles";
import { instructorQuestionBank } from "@/server/question-edits/data";
import { EditQuestionForm, RetireForm, RevertEditForm, WriteQuestionForm } from "@/components/teach/question-bank-forms";

export const metadata: Metadata = { title: "Questions" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const ORIGIN_LABELS = { generated: "Generated", edited: "Edited by you", written: "Written by you" } as const;

export default async function QuestionBankPage({ params }: Props) {
  const { slug } = await params;
  const instructor = await requireRole("INSTRUCTOR", { returnTo: `/classes/articles/${slug}` });
  const article = await findTeachableArticle(instructor.id, slug);
  if (!article) notFound();
  const bank = (await instructorQuestionBank(instructor.id, article.id)).filter((entry) => entry.quizzable || entry.origin === "written");
  const sectionTitle = new Map(article.model.sections.map((section) => [section.id, section.path.join(" › ") || "Lead"]));
  const sentences = article.model.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, section: sectionTitle.get(sentence.sectionId) ?? "Lead" }));
  return (
    <>
      <p className="text-sm"><Link href="/classes/articles" className="underline underline-offset-2">Articles for your classes</Link></p>
      <h1 className="font-serif text-3xl font-semibold">Questions: {article.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Your edits and retirements apply to new attempts in your classes only, and are kept when the article is loaded again. {bank.filter((entry) => !entry.retired).length} questions in use.
      </p>
      <section aria-labelledby="write" className="mt-8 space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="write" className="text-xl font-semibold">Write a question</h2>
        <WriteQuestionForm articleSlug={article.slug} sentences={sentences} />
      </section>
      <ol className="mt-8 space-y-4">
        {bank.map(({ question, origin, retired }) => {
          const hasChoices = question.kind !== "true-false" && question.kind !== "timeline-order" && question.kind !== "matching" && question.kind !== "flashcard";
          return (
            <li key={question.id} className={`space-y-2 rounded-lg border p-4 ${retired ? "border-dashed border-slate-400 opacity-75" : "border-slate-200 dark:border-slate-800"}`}>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {KIND_LABELS[question.kind]} · {ORIGIN_LABELS[origin]}{retired ? " · Retired" : ""} · <span className="font-mono">{question.id}</span>
              </p>
              <p className="font-medium">{question.prompt}</p>
              <p className="text-sm">Answer: {answerText(question)}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">Source: “{question.source.text}”</p>
              <div className="flex flex-wrap items-start gap-2">
                <RetireForm articleSlug={article.slug} questionId={question.id} retired={retired} />
                {origin === "edited" ? <RevertEditForm articleSlug={article.slug} questionId={question.id} /> : null}
              </div>
              {origin !== "written" ? (
                <details>
                  <summary className="cursor-pointer font-medium">Edit<span className="sr-only"> “{question.prompt}”</span></summary>
                  <div className="mt-3">
                    <EditQuestionForm
                      articleSlug={article.slug}
                      questionId={question.id}
                      prompt={question.prompt}
                      choices={hasChoices && "choices" in question ? question.choices : undefined}
                      answer={typeof question.answer === "string" ? question.answer : undefined}
                      editableChoices={hasChoices && "choices" in question && question.choices !== undefined}
                      trueFalse={question.kind === "true-false"}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

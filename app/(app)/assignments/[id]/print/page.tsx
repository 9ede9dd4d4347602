import type { Metadata } from "next";
import Link from "next/link";
import { toPublicQuestion } from "@/lib/study/public-question";
import { answerText } from "@/lib/teach/export-set";
import { formatDateTime } from "@/lib/teach/format";
import { requireRole } from "@/server/auth/session";
import { assignmentQuestionSet } from "@/server/assignments/question-set";
import { orNotFound } from "@/server/classes/errors";
import { getStudySettings } from "@/server/study/data";
import { PrintButton } from "@/components/teach/print-button";

export const metadata: Metadata = { title: "Print assignment" };
export const dynamic = "force-dynamic";

// The signed-in shell's header is not part of the sheet; the answer key starts on a new page.
const PRINT_CSS = `@media print {
  @page { margin: 16mm; }
  body > div > header { display: none; }
  main#main { padding: 0; max-width: none; }
  .print-sheet { color: #000; background: #fff; }
  .print-sheet a { color: inherit; text-decoration: none; }
}`;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ key?: string }> };

/** The assignment on paper: questions with their choices, then (for the instructor only, on its own page) the answer key. */
export default async function PrintAssignmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  // Instructor only: a student printing this would see every question before starting.
  const instructor = await requireRole("INSTRUCTOR", { returnTo: `/assignments/${id}/print` });
  const { assignment, questions, isWholePool } = await orNotFound(assignmentQuestionSet(instructor.id, id));
  const withKey = (await searchParams).key !== "0";
  const { timeZone } = await getStudySettings(instructor.id);
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-6 font-serif print:max-w-none print:text-[11pt]">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap gap-4 font-sans print:hidden">
        <PrintButton />
        <Link href={`/assignments/${assignment.id}/print?key=${withKey ? "0" : "1"}`} className="inline-flex min-h-11 items-center underline">
          {withKey ? "Without the answer key" : "With the answer key"}
        </Link>
        <Link href={`/assignments/${assignment.id}`} className="inline-flex min-h-11 items-center underline">Back to the assignment</Link>
      </div>
      <header className="space-y-1 border-b border-slate-400 pb-3">
        <h1 className="text-2xl font-semibold">{assignment.title}</h1>
        <p>{assignment.className} · {assignment.article.title} · due {formatDateTime(assignment.dueAt, timeZone)}</p>
        <p>Name: ______________________________</p>
        {isWholePool ? <p className="text-sm">Each student draws {assignment.questionCount} of these {questions.length} questions online.</p> : null}
      </header>
      <ol className="space-y-5">
        {questions.map((question, index) => {
          const shown = toPublicQuestion(question, assignment.seed);
          return (
            <li key={question.id} className="break-inside-avoid">
              <p><strong>{index + 1}.</strong> {question.prompt}</p>
              {question.kind === "matching" ? (
                <table className="mt-2"><tbody>{(shown.lefts ?? []).map((left) => <tr key={left}><td className="pr-6">{left}</td><td>____________</td></tr>)}</tbody></table>
              ) : null}
              {shown.choices ? (
                <ol className="mt-2 list-[upper-alpha] space-y-1 pl-8">
                  {shown.choices.map((choice) => <li key={choice}>{question.kind === "timeline-order" ? `${choice}   (position: ___ )` : choice}</li>)}
                </ol>
              ) : (
                <p className="mt-2">Answer: ____________________________________</p>
              )}
            </li>
          );
        })}
      </ol>
      <footer className="border-t border-slate-400 pt-2 text-sm">Text: {assignment.article.attribution || assignment.article.title}</footer>
      {withKey ? (
        <section aria-labelledby="answer-key" className="break-before-page space-y-3" data-testid="answer-key">
          <h2 id="answer-key" className="text-xl font-semibold">Answer key (instructor)</h2>
          <ol className="space-y-2">
            {questions.map((question, index) => (
              <li key={question.id}>
                <strong>{index + 1}.</strong> {answerText(question)} <span className="text-sm">— “{question.source.text}”</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

import Link from "next/link";
import { explanationLines } from "@/lib/questions/explanation-lines";
import { tidyQuotedParts } from "@/lib/study/tidy-quote";
import type { AnswerResult, CorrectAnswer } from "@/lib/study/results";

// Shared by the quiz (after each answer) and the flashcards (on the back): the source sentence with
// the answer marked, and a link into the reader at that sentence.

export function formatAnswer(answer: CorrectAnswer | unknown): string {
  if (typeof answer === "string") return answer;
  if (typeof answer === "boolean") return answer ? "True" : "False";
  if (Array.isArray(answer)) {
    return answer.map((entry) => (Array.isArray(entry) ? `${String(entry[0])} → ${String(entry[1])}` : String(entry))).join("; ");
  }
  return "";
}

function MarkedParts({ parts }: { parts: { text: string; answer: boolean }[] }) {
  return parts.map((part, index) =>
    part.answer ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 font-semibold text-slate-950 underline decoration-2 underline-offset-4 dark:bg-amber-300">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}

/** The quoted source text with the answer marked: one sentence, or one line per item of an ordering or matching. */
export function SourceSentence({ parts }: { parts: { text: string; answer: boolean }[] }) {
  const lines = explanationLines(tidyQuotedParts(parts));
  return (
    <blockquote className="space-y-2 border-l-4 border-slate-300 pl-4 font-serif text-lg leading-relaxed dark:border-slate-600">
      {lines.length === 1 ? (
        <MarkedParts parts={lines[0]!} />
      ) : (
        lines.map((line, index) => (
          <p key={index}>
            <MarkedParts parts={line} />
          </p>
        ))
      )}
    </blockquote>
  );
}

export function ExplanationView({ explanation }: { explanation: AnswerResult["explanation"] }) {
  const section = explanation.source.sectionPath.join(" › ");
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">From the article{section ? ` (${section})` : ""}:</p>
      <SourceSentence parts={explanation.parts} />
      {explanation.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6 text-slate-700 dark:text-slate-300">
          {explanation.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href={explanation.source.href} prefetch={false} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Read this in the article
        </Link>
      </p>
    </div>
  );
}

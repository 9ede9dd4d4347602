"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormError, Alert } from "@/components/ui/alert";
import { FieldErrors } from "@/components/ui/field-errors";

type Problem = { file: string; severity: "error" | "notice"; line: number; column: number; message: string };
type Losing = { assignmentId: string; title: string; drawMode: "same" | "per-student"; lost: number; of: number };

type Outcome =
  | { kind: "accepted"; title: string; slug: string; questions: number; problems: Problem[]; losing: Losing[] }
  | { kind: "rejected"; problems: Problem[] }
  | { kind: "error"; message: string; errors: Record<string, string[]> };

/** Sends the file to POST /api/classes/articles and shows the checker's problems as file:line:col. */
export function UploadArticleForm() {
  const id = useId();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setOutcome(null);
    let response: Response;
    try {
      response = await fetch("/api/classes/articles", { method: "POST", body: new FormData(event.currentTarget) });
    } catch {
      setPending(false);
      setOutcome({ kind: "error", message: "Could not reach Footnote. Check your connection and try again.", errors: {} });
      return;
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    setPending(false);
    if (response.status === 201 && body) {
      setOutcome({
        kind: "accepted",
        title: String(body.title),
        slug: String(body.slug),
        questions: Number(body.questions),
        problems: (body.problems as Problem[]) ?? [],
        losing: (body.assignmentsLosingQuestions as Losing[] | undefined) ?? [],
      });
      router.refresh();
    } else if (response.status === 422 && body) {
      setOutcome({ kind: "rejected", problems: (body.problems as Problem[]) ?? [] });
      router.refresh();
    } else {
      setOutcome({ kind: "error", message: typeof body?.message === "string" ? body.message : `Upload failed (${response.status}).`, errors: (body?.errors as Record<string, string[]>) ?? {} });
    }
  }

  const fieldErrors = outcome?.kind === "error" ? outcome.errors : {};
  return (
    <form onSubmit={submit} className="space-y-4" encType="multipart/form-data">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="font-medium">
          Article file
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          A .txt file in the content format, at most 5 MB.
        </p>
        <input id={`${id}-file`} name="file" type="file" accept=".txt,text/plain" required aria-describedby={`${id}-file-hint`} className="min-h-11" />
        <FieldErrors id={`${id}-file-error`} errors={fieldErrors.file} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-attribution`} className="font-medium">
          Attribution
        </label>
        <p id={`${id}-attribution-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          One line naming the source and its licence, shown with the text and in exports.
        </p>
        <input id={`${id}-attribution`} name="attribution" required maxLength={1000} aria-describedby={`${id}-attribution-hint`} className="min-h-11 rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900" />
        <FieldErrors id={`${id}-attribution-error`} errors={fieldErrors.attribution} />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? "Checking…" : "Upload and check"}
      </Button>
      {outcome?.kind === "error" ? <FormError message={outcome.message} /> : null}
      {outcome?.kind === "accepted" ? (
        <Alert tone="success" title="Article accepted">
          <Link href={`/classes/articles/${encodeURIComponent(outcome.slug)}`} className="underline">
            {outcome.title}
          </Link>{" "}
          is ready for your classes, with {outcome.questions} questions.
        </Alert>
      ) : null}
      {outcome?.kind === "accepted" && outcome.losing.length > 0 ? (
        <Alert tone="warning" title="Some assignments lose questions">
          <p>
            This version no longer has some questions these assignments draw (their sentences changed or went). Attempts started from now on leave them out, or draw
            from fewer questions; attempts already started keep theirs.
          </p>
          <ul className="mt-2 list-disc pl-6">
            {outcome.losing.map((entry) => (
              <li key={entry.assignmentId}>
                <Link href={`/assignments/${entry.assignmentId}`} className="underline">
                  {entry.title}
                </Link>
                {entry.drawMode === "per-student"
                  ? `: students' draws may now hold fewer than its ${entry.of} questions (about ${entry.of - entry.lost}; each draw differs)`
                  : `: ${entry.lost} of its ${entry.of} questions`}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {outcome?.kind === "rejected" ? (
        <div role="alert">
          <p className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">Not stored: the file has format errors. Fix them and upload it again.</p>
        </div>
      ) : null}
      {outcome && outcome.kind !== "error" && outcome.problems.length > 0 ? <ProblemList problems={outcome.problems} /> : null}
    </form>
  );
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="space-y-1 font-mono text-sm" aria-label="Problems found">
      {problems.map((problem, index) => (
        <li key={index} className={problem.severity === "error" ? "text-red-700 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}>
          {problem.file}:{problem.line}:{problem.column}: {problem.severity}: {problem.message}
        </li>
      ))}
    </ul>
  );
}

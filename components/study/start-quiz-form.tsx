"use client";

import type { QuestionKind } from "@/lib/questions/schema";
import { KIND_LABELS } from "@/lib/study/kind-labels";
import { CountedCheckboxGroup } from "@/components/ui/counted-checkbox-group";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { startQuizAction, type FormState } from "@/server/study/actions";

const COUNTS = [5, 10, 20, 30];
const INITIAL: FormState = { errors: {}, message: null };

export function StartQuizForm({
  articleSlug,
  sections,
  kinds,
}: {
  articleSlug: string;
  sections: { title: string; questions: number }[];
  kinds: { kind: QuestionKind; questions: number }[];
}) {
  const { state, pending, formProps } = useKeptFormAction(startQuizAction, INITIAL);
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <div role="alert" aria-atomic="true">
        {state.message ? <p className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">{state.message}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="quiz-count" className="font-medium">
          Number of questions
        </label>
        <select id="quiz-count" name="count" defaultValue="10" className="min-h-11 w-40 rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
          {COUNTS.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </div>
      <CountedCheckboxGroup
        legend="Sections (none ticked: all)"
        name="sections"
        options={sections.map((section) => ({ value: section.title, label: section.title, count: section.questions }))}
      />
      <CountedCheckboxGroup
        legend="Kinds of question (none ticked: all)"
        name="kinds"
        options={kinds.map(({ kind, questions }) => ({ value: kind, label: KIND_LABELS[kind], count: questions }))}
      />
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="min-h-11 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        {pending ? "Starting…" : "Start the quiz"}
      </button>
    </form>
  );
}

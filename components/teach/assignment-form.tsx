"use client";

import { usePathname, useRouter } from "next/navigation";
import { useId, useSyncExternalStore } from "react";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { QuestionKind } from "@/lib/questions/schema";
import { KIND_LABELS } from "@/lib/study/kind-labels";
import { DRAW_MODE_LABELS, DRAW_MODES, REVIEW_POLICIES, REVIEW_POLICY_LABELS } from "@/lib/teach/schedule";
import { instantToLocalDateTime } from "@/lib/teach/local-time";
import { MAX_ASSIGNMENT_QUESTIONS, MAX_ATTEMPTS_ALLOWED, MAX_TIME_LIMIT_MINUTES } from "@/lib/teach/schema";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { CountedCheckboxGroup } from "@/components/ui/counted-checkbox-group";
import { createAssignmentAction, type FormState } from "@/server/assignments/actions";
import { FieldErrors } from "@/components/ui/field-errors";
import { FormMessage } from "./form-message";

const INITIAL: FormState = { errors: {}, message: null };

type Props = {
  classId: string;
  /** Suggested opening and due instants (ISO), shown in the browser's zone. */
  defaultOpensAt: string;
  defaultDueAt: string;
  articles: { slug: string; title: string }[];
  articleSlug: string;
  sections: { title: string; questions: number }[];
  kinds: { kind: QuestionKind; questions: number }[];
  ownQuestions: number;
};

const subscribeNever = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function AssignmentForm({ classId, defaultOpensAt, defaultDueAt, articles, articleSlug, sections, kinds, ownQuestions }: Props) {
  const { state, pending, formProps } = useKeptFormAction(createAssignmentAction, INITIAL);
  const router = useRouter();
  const pathname = usePathname() ?? ""; // never null on an App Router page (see shell-nav.tsx)
  const id = useId();
  // Dates are typed in the browser's zone; the zone goes with them so the server reads them right.
  // The server renders UTC; once hydrated, the date inputs are re-created in the browser's zone.
  const timeZone = useSyncExternalStore(subscribeNever, browserTimeZone, () => "UTC");
  const errors = state.errors;
  const select = "min-h-11 rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

  return (
    <form {...formProps} className="space-y-6">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <FormMessage state={state} />
      <TextField label="Title" name="title" required maxLength={200} defaultValue="" errors={errors.title} />

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-article`} className="font-medium">
          Article
        </label>
        <select
          id={`${id}-article`}
          name="articleSlug"
          value={articleSlug}
          onChange={(event) => router.replace(`${pathname}?article=${encodeURIComponent(event.target.value)}`)}
          className={select}
          aria-describedby={errors.articleSlug ? `${id}-article-error` : undefined}
        >
          {articles.map((article) => (
            <option key={article.slug} value={article.slug}>
              {article.title}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-article-error`} errors={errors.articleSlug} />
      </div>

      <CountedCheckboxGroup
        legend="Sections (none ticked: all)"
        name="sections"
        options={sections.map((section) => ({ value: section.title, label: section.title, count: section.questions }))}
      >
        <FieldErrors id={`${id}-sections-error`} errors={errors.sections} />
      </CountedCheckboxGroup>

      <CountedCheckboxGroup
        legend="Kinds of question (none ticked: all)"
        name="kinds"
        options={kinds.map(({ kind, questions }) => ({ value: kind, label: KIND_LABELS[kind], count: questions }))}
      >
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="includeOwnQuestions" defaultChecked className="h-5 w-5" />
          <span>
            Include the questions I wrote <span className="text-slate-600 dark:text-slate-400">({ownQuestions})</span>
          </span>
        </label>
        <FieldErrors id={`${id}-kinds-error`} errors={errors.kinds} />
      </CountedCheckboxGroup>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Number of questions" name="questionCount" type="number" min={1} max={MAX_ASSIGNMENT_QUESTIONS} defaultValue="10" required errors={errors.questionCount} />
        <TextField label="Attempts allowed" name="attemptsAllowed" type="number" min={1} max={MAX_ATTEMPTS_ALLOWED} defaultValue="1" required errors={errors.attemptsAllowed} />
        <TextField key={`opens-${timeZone}`} label="Opens" name="opensAt" type="datetime-local" defaultValue={instantToLocalDateTime(new Date(defaultOpensAt), timeZone)} required errors={errors.opensAt} />
        <TextField key={`due-${timeZone}`} label="Due" name="dueAt" type="datetime-local" defaultValue={instantToLocalDateTime(new Date(defaultDueAt), timeZone)} required errors={errors.dueAt} />
        <TextField label="Accept late attempts until (optional)" name="lateUntil" type="datetime-local" hint="Attempts after the due date are marked late." errors={errors.lateUntil} />
        <TextField label="Time limit in minutes (optional)" name="timeLimitMinutes" type="number" min={1} max={MAX_TIME_LIMIT_MINUTES} hint="Kept by the server's clock." errors={errors.timeLimitMinutes} />
      </div>
      {/* The zone is the browser's (a hidden field); its message says which one the dates are read in. */}
      <p className="text-sm text-slate-600 dark:text-slate-400">Dates are in your time zone, {timeZone}.</p>
      <FieldErrors id={`${id}-time-zone-error`} errors={errors.timeZone} />

      <fieldset className="space-y-2">
        <legend className="font-medium">Questions</legend>
        {DRAW_MODES.map((mode) => (
          <label key={mode} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="drawMode" value={mode} defaultChecked={mode === "same"} className="h-5 w-5" />
            <span>{DRAW_MODE_LABELS[mode]}</span>
          </label>
        ))}
        <FieldErrors id={`${id}-draw-error`} errors={errors.drawMode} />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-medium">Show answers and explanations</legend>
        {REVIEW_POLICIES.map((policy) => (
          <label key={policy} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="reviewAfter" value={policy} defaultChecked={policy === "submission"} className="h-5 w-5" />
            <span>{REVIEW_POLICY_LABELS[policy]}</span>
          </label>
        ))}
        <FieldErrors id={`${id}-review-error`} errors={errors.reviewAfter} />
      </fieldset>

      <Button type="submit" pending={pending}>
        {pending ? "Creating…" : "Create the assignment"}
      </Button>
    </form>
  );
}

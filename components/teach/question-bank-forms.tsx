"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { TextField } from "@/components/ui/text-field";
import { revertEditAction, saveQuestionEditAction, setRetiredAction, writeQuestionAction, type FormState } from "@/server/question-edits/actions";
import { FieldErrors } from "@/components/ui/field-errors";
import { FormMessage } from "./form-message";

const INITIAL: FormState = { errors: {}, message: null };
/** A written question was added: the form empties for the next one. */
const added = (state: FormState) => state.done === true;
const area = "rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

export function EditQuestionForm(props: { articleSlug: string; questionId: string; prompt: string; choices?: string[]; answer?: string; editableChoices: boolean; trueFalse: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(saveQuestionEditAction, INITIAL);
  const id = useId();
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="articleSlug" value={props.articleSlug} />
      <input type="hidden" name="questionId" value={props.questionId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-prompt`} className="font-medium">Question</label>
        <textarea id={`${id}-prompt`} name="prompt" defaultValue={props.prompt} rows={2} required className={area} aria-describedby={state.errors.prompt ? `${id}-prompt-error` : undefined} />
        <FieldErrors id={`${id}-prompt-error`} errors={state.errors.prompt} />
      </div>
      {props.editableChoices ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-choices`} className="font-medium">Choices, one a line</label>
          <textarea id={`${id}-choices`} name="choices" defaultValue={(props.choices ?? []).join("\n")} rows={4} className={area} />
          <FieldErrors id={`${id}-choices-error`} errors={state.errors.choices} />
        </div>
      ) : null}
      {props.editableChoices || props.trueFalse ? (
        <TextField label={props.trueFalse ? "Right answer (True or False)" : "Right answer (one of the choices)"} name="answer" defaultValue={props.answer ?? ""} errors={state.errors.answer} />
      ) : null}
      <Button type="submit" pending={pending}>Save edit</Button>
      <FormMessage state={state} />
    </form>
  );
}

export function RetireForm({ articleSlug, questionId, retired }: { articleSlug: string; questionId: string; retired: boolean }) {
  const [state, action, pending] = useActionState(setRetiredAction, INITIAL);
  return (
    <form action={action}>
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="retired" value={retired ? "false" : "true"} />
      <Button type="submit" variant="secondary" pending={pending}>{retired ? "Restore" : "Retire"}</Button>
      {state.message && !state.done ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{state.message}</p> : null}
    </form>
  );
}

export function RevertEditForm({ articleSlug, questionId }: { articleSlug: string; questionId: string }) {
  const [state, action, pending] = useActionState(revertEditAction, INITIAL);
  return (
    <form action={action}>
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="questionId" value={questionId} />
      <Button type="submit" variant="quiet" pending={pending}>Undo my edit</Button>
      {state.message && !state.done ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{state.message}</p> : null}
    </form>
  );
}

export function WriteQuestionForm({ articleSlug, sentences }: { articleSlug: string; sentences: { id: string; text: string; section: string }[] }) {
  const { state, pending, formProps } = useKeptFormAction(writeQuestionAction, INITIAL, added);
  const id = useId();
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-sentence`} className="font-medium">The sentence it cites</label>
        <select id={`${id}-sentence`} name="sentenceId" required className={`min-h-11 max-w-full ${area}`} defaultValue="">
          <option value="" disabled>Choose a sentence…</option>
          {sentences.map((sentence) => (
            <option key={sentence.id} value={sentence.id}>
              {sentence.section}: {sentence.text.length > 110 ? `${sentence.text.slice(0, 107)}…` : sentence.text}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-sentence-error`} errors={state.errors.sentenceId} />
      </div>
      <TextField label="Question" name="prompt" required maxLength={1000} errors={state.errors.prompt} />
      <TextField label="Right answer" name="answer" required maxLength={500} hint="True or False makes a true/false question." errors={state.errors.answer} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-wrong`} className="font-medium">Wrong choices, one a line (optional)</label>
        <p id={`${id}-wrong-hint`} className="text-sm text-slate-600 dark:text-slate-400">Without them, students type the answer.</p>
        <textarea id={`${id}-wrong`} name="wrongChoices" rows={3} aria-describedby={`${id}-wrong-hint`} className={area} />
        <FieldErrors id={`${id}-wrong-error`} errors={state.errors.wrongChoices} />
      </div>
      <Button type="submit" pending={pending}>Add the question</Button>
    </form>
  );
}

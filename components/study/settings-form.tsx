"use client";

import { useEffect, useRef } from "react";
import { FieldErrors } from "@/components/ui/field-errors";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { saveSettingsAction, type FormState } from "@/server/study/actions";

const INITIAL: FormState = { errors: {}, message: null };

export function SettingsForm({
  values,
  timeZones,
  saved,
}: {
  values: { desiredRetention: number; newCardsPerDay: number; timeZone: string };
  timeZones: string[];
  /** False until the learner first saves: the browser's own time zone is then proposed. */
  saved: boolean;
}) {
  const { state, pending, formProps } = useKeptFormAction(saveSettingsAction, INITIAL);
  const zoneSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!saved && zoneSelect.current && timeZones.includes(browserZone)) zoneSelect.current.value = browserZone;
  }, [saved, timeZones]);
  const input = "min-h-11 rounded border bg-white px-3 py-2 text-base dark:bg-slate-900";
  const border = (field: string) => (state.errors[field] ? "border-red-600 dark:border-red-400" : "border-slate-400 dark:border-slate-600");
  return (
    <form {...formProps} className="max-w-lg space-y-6">
      <div role={state.saved ? "status" : "alert"} aria-atomic="true">
        {state.message ? (
          <p className={`rounded border px-4 py-3 ${state.saved ? "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100" : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"}`}>
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="desired-retention" className="font-medium">
          Desired retention
        </label>
        <p id="desired-retention-hint" className="text-sm text-slate-600 dark:text-slate-400">
          The chance of remembering a card when it comes up, from 0.80 to 0.97. Higher means more reviews.
        </p>
        <input
          id="desired-retention"
          name="desiredRetention"
          type="number"
          min={0.8}
          max={0.97}
          step={0.01}
          required
          defaultValue={values.desiredRetention}
          aria-invalid={state.errors.desiredRetention ? true : undefined}
          aria-describedby={`desired-retention-hint${state.errors.desiredRetention ? " desired-retention-error" : ""}`}
          className={`${input} w-32 ${border("desiredRetention")}`}
        />
        <FieldErrors id="desired-retention-error" errors={state.errors.desiredRetention} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-cards" className="font-medium">
          New cards per day
        </label>
        <p id="new-cards-hint" className="text-sm text-slate-600 dark:text-slate-400">
          How many cards you have not seen before to start each day, across all articles.
        </p>
        <input
          id="new-cards"
          name="newCardsPerDay"
          type="number"
          min={0}
          max={500}
          step={1}
          required
          defaultValue={values.newCardsPerDay}
          aria-invalid={state.errors.newCardsPerDay ? true : undefined}
          aria-describedby={`new-cards-hint${state.errors.newCardsPerDay ? " new-cards-error" : ""}`}
          className={`${input} w-32 ${border("newCardsPerDay")}`}
        />
        <FieldErrors id="new-cards-error" errors={state.errors.newCardsPerDay} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="time-zone" className="font-medium">
          Time zone
        </label>
        <p id="time-zone-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Your study day starts at midnight here: it decides streaks, daily limits and what is due today.
        </p>
        <select
          id="time-zone"
          ref={zoneSelect}
          name="timeZone"
          defaultValue={values.timeZone}
          aria-describedby={`time-zone-hint${state.errors.timeZone ? " time-zone-error" : ""}`}
          className={`${input} ${border("timeZone")}`}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldErrors id="time-zone-error" errors={state.errors.timeZone} />
      </div>
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="min-h-11 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}

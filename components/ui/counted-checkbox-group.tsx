import type { ReactNode } from "react";

export type CountedOption = { value: string; label: string; count: number };

/**
 * A fieldset of checkboxes sharing one name, each with a count beside its label ("History (12)").
 * `children` go after the boxes, inside the fieldset: an extra option, or the field's errors.
 */
export function CountedCheckboxGroup({ legend, name, options, children }: { legend: string; name: string; options: CountedOption[]; children?: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={name} value={option.value} className="h-5 w-5" />
            <span>
              {option.label} <span className="text-slate-600 dark:text-slate-400">({option.count})</span>
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

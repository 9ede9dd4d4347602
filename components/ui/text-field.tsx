import { type InputHTMLAttributes, useId } from "react";
import { FieldErrors } from "./field-errors";

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid" | "aria-describedby"> & {
  label: string;
  name: string;
  /** Shown under the label; linked to the input with aria-describedby. */
  hint?: string;
  /** Messages for this field; when present the input is marked aria-invalid and linked to them. */
  errors?: readonly string[] | undefined;
};

export function TextField({ label, name, hint, errors, className = "", type = "text", ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
          hasErrors ? "border-red-600 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        }`}
        {...inputProps}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

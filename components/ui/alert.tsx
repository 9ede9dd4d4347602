import type { ReactNode } from "react";

type AlertTone = "error" | "info" | "success" | "warning";

const TONE_CLASSES: Record<AlertTone, string> = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  info: "border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  success: "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100",
  warning: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
};

/** A boxed message. Errors are announced (role=alert); other tones are polite (role=status). */
export function Alert({ tone = "info", title, children }: { tone?: AlertTone; title?: string; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border px-4 py-3 ${TONE_CLASSES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

/**
 * The form-level error region: always in the page (role=alert) so that screen readers announce a
 * message as soon as it appears; shows a box only while there is a message.
 */
export function FormError({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" aria-atomic="true">
      {message ? (
        <p className={`rounded border px-4 py-3 ${TONE_CLASSES.error}`}>{message}</p>
      ) : null}
    </div>
  );
}

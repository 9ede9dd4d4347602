import { Alert, FormError } from "@/components/ui/alert";

/** A form's outcome: an error (announced) or, after success, a status message. */
export function FormMessage({ state }: { state: { message: string | null; done?: boolean } }) {
  if (state.done && state.message) return <Alert tone="success">{state.message}</Alert>;
  return <FormError message={state.done ? null : state.message} />;
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="text-sm text-red-700 dark:text-red-300">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

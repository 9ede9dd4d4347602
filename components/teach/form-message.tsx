import { Alert, FormError } from "@/components/ui/alert";

/** A form's outcome: an error (announced) or, after success, a status message. */
export function FormMessage({ state }: { state: { message: string | null; done?: boolean } }) {
  if (state.done && state.message) return <Alert tone="success">{state.message}</Alert>;
  return <FormError message={state.done ? null : state.message} />;
}

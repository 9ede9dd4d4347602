"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { startAttemptAction, type FormState } from "@/server/assignments/actions";
import { FormMessage } from "./form-message";

const INITIAL: FormState = { errors: {}, message: null };

export function StartAttemptForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState(startAttemptAction, INITIAL);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Button type="submit" pending={pending}>
        {pending ? "Starting…" : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { createClassAction, joinClassAction, regenerateJoinCodeAction, removeStudentAction, type FormState } from "@/server/classes/actions";
import { FormMessage } from "./form-message";

const INITIAL: FormState = { errors: {}, message: null };

export function CreateClassForm() {
  const [state, action, pending] = useActionState(createClassAction, INITIAL);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <TextField label="New class name" name="name" required maxLength={120} errors={state.errors.name} className="flex-1" />
      <Button type="submit" pending={pending}>
        Create class
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function JoinClassForm() {
  const [state, action, pending] = useActionState(joinClassAction, INITIAL);
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField label="Class code" name="code" hint="The 8-character code your instructor gave you." autoComplete="off" autoCapitalize="characters" errors={state.errors.code} className="flex-1" />
        <Button type="submit" pending={pending}>
          Join class
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function RegenerateCodeForm({ classId }: { classId: string }) {
  const [state, action, pending] = useActionState(regenerateJoinCodeAction, INITIAL);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <Button type="submit" variant="secondary" pending={pending}>
        Make a new join code
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function RemoveStudentForm({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const [state, action, pending] = useActionState(removeStudentAction, INITIAL);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Remove ${studentName} from this class? Their attempts are kept but leave the gradebook.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <Button type="submit" variant="quiet" pending={pending}>
        Remove<span className="sr-only"> {studentName}</span>
      </Button>
      {state.message && !state.done ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{state.message}</p> : null}
    </form>
  );
}

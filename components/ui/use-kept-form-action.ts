"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";

/**
 * useActionState for a form that keeps what the user entered when the server sends errors back.
 * React resets a `<form action={...}>` after its action runs, so a refused submission would come
 * back with every box unticked and every field at its default. Submitting through a transition
 * from onSubmit instead leaves the fields alone; `action` stays on the form for browsers without
 * JavaScript. `clearWhen` (a function defined outside the component, so that it stays the same)
 * empties the form after a state it accepts, such as "added".
 */
export function useKeptFormAction<State>(
  serverAction: (state: Awaited<State>, formData: FormData) => State | Promise<State>,
  initial: Awaited<State>,
  clearWhen?: (state: Awaited<State>) => boolean,
) {
  const [state, action, pending] = useActionState(serverAction, initial);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (clearWhen?.(state)) ref.current?.reset();
  }, [state, clearWhen]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => action(formData));
  };
  return { state, pending, formProps: { ref, action, onSubmit } };
}

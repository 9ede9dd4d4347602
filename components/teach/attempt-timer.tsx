"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Time left in an assignment attempt, counted down to the server's deadline. When it reaches zero
 * it calls `onExpire` once (the quiz then submits); the server refuses later answers regardless.
 */
export function AttemptTimer({ deadlineAt, onExpire }: { deadlineAt: string; onExpire: () => void }) {
  const deadline = new Date(deadlineAt).getTime();
  const [now, setNow] = useState<number | null>(null);
  const expired = useRef(false);
  useEffect(() => {
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline && !expired.current) {
        expired.current = true;
        onExpire();
      }
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline, onExpire]);
  if (now === null) return null;
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  // Announce only at whole minutes (and the last 30 s), so a screen reader is not flooded.
  const announce = seconds === 0 || left === 30;
  return (
    <p className={`font-mono text-sm ${left <= 60 ? "font-semibold text-red-700 dark:text-red-300" : ""}`} data-testid="attempt-timer">
      <span aria-hidden="true">
        Time left: {minutes}:{String(seconds).padStart(2, "0")}
      </span>
      <span className="sr-only" aria-live={announce ? "polite" : "off"}>
        {announce ? `${minutes} minutes ${seconds} seconds left` : ""}
      </span>
    </p>
  );
}

/** Shown after an answer when the assignment hides results until later. */
export function WithheldNotice({ answersShownAt }: { answersShownAt: string | null }) {
  return (
    <p>
      Your answer is saved. {answersShownAt ? `Answers are shown after ${new Date(answersShownAt).toUTCString().replace(":00 GMT", " UTC")}.` : "Answers are shown after you submit."}
    </p>
  );
}

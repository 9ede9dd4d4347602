"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { responseModeOf, type PublicQuestion } from "@/lib/study/public-question";
import type { AnswerReceipt, AnswerResult, AttemptSummary, AttemptView } from "@/lib/study/results";
import { AttemptTimer, WithheldNotice } from "@/components/teach/attempt-timer";
import { ExplanationView, formatAnswer } from "./explanation-view";
import { recalledAttempt, rememberAnswer, rememberIndex, rememberSummary } from "./attempt-memory";
import { QuizSummary } from "./quiz-summary";
import { postJson } from "./study-api-client";

/**
 * One question at a time. The page passes only public questions and the results of questions already
 * answered; each answer is graded by the server, which returns the correct answer and explanation.
 */
export function QuizRunner({ view }: { view: AttemptView }) {
  const { questions } = view;
  // The page's props can be older than this tab's answers (Back restores the router's cached page),
  // so what this tab has received since is merged in (./attempt-memory.ts).
  const [initial] = useState(() => initialState(view));
  const [results, setResults] = useState<Record<string, AnswerResult>>(initial.results);
  // Assignment attempts: answers the review setting hides are only known to be saved ("withheld").
  const [withheld, setWithheld] = useState<ReadonlySet<string>>(initial.withheld);
  const [index, setIndex] = useState(initial.index);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [summary, setSummary] = useState<AttemptSummary | null>(initial.summary);
  const shownAt = useRef(0);
  const questionSection = useRef<HTMLElement>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const question = questions[index];
  const result = question ? results[question.id] : undefined;
  const saved = question ? withheld.has(question.id) : false;
  const answeredCount = Object.keys(results).length + withheld.size;
  const isLast = index === questions.length - 1;

  // Where focus goes after the next render: the Next button after an answer, the question after
  // moving on (its answer box for a typed question, else its heading), the summary's heading at the
  // end. Set before the state change that renders it.
  const pendingFocus = useRef<"next" | "question" | "summary" | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "next") nextButton.current?.focus();
    else if (target === "question") focusQuestion(questionSection.current, questionHeading.current);
    else summaryRef.current?.querySelector<HTMLElement>("h1")?.focus();
  });

  // On arrival (a new page, or Back to this one) nothing has focus yet unless a typed question's box
  // took it: start at the question (or the summary), so that Tab goes on to its answers.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (summaryRef.current) summaryRef.current.querySelector<HTMLElement>("h1")?.focus();
    else focusQuestion(questionSection.current, questionHeading.current);
  }, []);

  useEffect(() => {
    shownAt.current = performance.now();
  }, [index]);

  const submit = useCallback(
    async (response: unknown) => {
      if (!question || pending || results[question.id] || withheld.has(question.id)) return;
      setPending(true);
      setError(null);
      const outcome = await postJson<AnswerResult | AnswerReceipt>(`/api/attempts/${view.attemptId}/answers`, {
        questionId: question.id,
        response,
        elapsedMs: Math.max(0, Math.round(performance.now() - shownAt.current)),
      });
      setPending(false);
      // Time is up, or the quiz was finished in another tab: finishing (again) shows its summary.
      if (!outcome.ok && outcome.status === 409 && (isTimeUp(outcome.body) || isFinished(outcome.body))) {
        void finish();
        return;
      }
      // 409: answered already (another tab, a double click); its body is the first answer's result.
      const answer = outcome.ok ? outcome.body : outcome.status === 409 && isResult(outcome.body) ? outcome.body : null;
      if (!answer) {
        setError(outcome.ok ? "Unexpected answer from the server." : outcome.message);
        return;
      }
      // Kept even if the learner has left the page meanwhile: Back then shows it, as it was.
      rememberAnswer(view.attemptId, question.id, answer);
      rememberIndex(view.attemptId, questions.indexOf(question));
      if ("withheld" in answer) {
        setWithheld((current) => new Set([...current, question.id]));
        pendingFocus.current = "next";
        setAnnouncement("Answer saved.");
        return;
      }
      setResults((current) => ({ ...current, [question.id]: answer }));
      pendingFocus.current = "next";
      setAnnouncement(answer.correct ? "Correct." : `Not quite. The answer is ${formatAnswer(answer.correctAnswer)}.`);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish is a plain function of this render
    [question, questions, pending, results, withheld, view.attemptId],
  );

  async function finish() {
    setPending(true);
    setError(null);
    const outcome = await postJson<AttemptSummary>(`/api/attempts/${view.attemptId}/finish`, {});
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    rememberSummary(view.attemptId, outcome.body);
    pendingFocus.current = "summary";
    setSummary(outcome.body);
    setAnnouncement(`Quiz finished. ${outcome.body.correct} of ${outcome.body.total} right.`);
  }

  function next() {
    if (isLast) {
      void finish();
      return;
    }
    rememberIndex(view.attemptId, index + 1);
    pendingFocus.current = "question";
    setAnnouncement("");
    setIndex(index + 1);
  }

  if (summary) {
    return (
      <div ref={summaryRef}>
        <LiveRegion text={announcement} />
        <QuizSummary summary={summary} />
      </div>
    );
  }
  if (!question) return <p>This quiz has no questions.</p>;

  const nextControl = (
    <button
      ref={nextButton}
      type="button"
      onClick={next}
      disabled={pending}
      className="inline-flex min-h-11 items-center rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60"
    >
      {isLast ? (view.policy ? "Submit" : "See your results") : "Next question"}
    </button>
  );

  return (
    <div className="space-y-6">
      <LiveRegion text={announcement} />
      <div className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={view.policy ? `/assignments/${view.policy.assignmentId}` : `/study/${view.article.slug}`} className="underline underline-offset-2">
            {view.policy ? view.policy.assignmentTitle : view.article.title}
          </Link>
        </p>
        <div className="flex items-center justify-between gap-4 text-sm">
          <span>
            Question {index + 1} of {questions.length}
          </span>
          <span>{answeredCount} answered</span>
        </div>
        {view.policy?.deadlineAt ? <AttemptTimer deadlineAt={view.policy.deadlineAt} onExpire={() => void finish()} /> : null}
        <progress className="h-2 w-full accent-accent-600" max={questions.length} value={answeredCount} aria-label={`Quiz progress: ${answeredCount} of ${questions.length} answered`} />
      </div>

      <section ref={questionSection} aria-labelledby="question-prompt" className="space-y-5">
        <h1 id="question-prompt" ref={questionHeading} tabIndex={-1} className="font-serif text-2xl font-semibold leading-snug">
          {question.prompt}
        </h1>
        {result ? (
          <AnsweredResponse result={result} />
        ) : saved ? null : (
          <ResponseInput key={question.id} question={question} pending={pending} onSubmit={submit} />
        )}
        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            {error}
            {error.startsWith("Your session has ended") ? (
              <>
                {" "}
                <a href={`/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${view.attemptId}`)}`} className="font-medium underline">
                  Sign in
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </section>

      {result ? (
        <section aria-labelledby="feedback-heading" className={`space-y-4 rounded-lg border-2 p-5 ${result.correct ? "border-green-700 dark:border-green-500" : "border-red-700 dark:border-red-400"}`}>
          <h2 id="feedback-heading" className="flex items-center gap-2 text-xl font-semibold">
            <span aria-hidden="true">{result.correct ? "✓" : "✗"}</span>
            {result.correct ? "Correct" : "Not quite"}
          </h2>
          <p>
            <span className="text-slate-600 dark:text-slate-400">The answer: </span>
            <strong data-testid="correct-answer">{formatAnswer(result.correctAnswer)}</strong>
          </p>
          <ExplanationView explanation={result.explanation} />
          {nextControl}
        </section>
      ) : null}
      {saved ? (
        <section aria-label="Answer saved" className="space-y-4 rounded-lg border-2 border-slate-400 p-5">
          <WithheldNotice answersShownAt={view.policy?.answersShownAt ?? null} />
          {nextControl}
        </section>
      ) : null}
    </div>
  );
}

/** A typed question's answer box, else the question's heading. */
function focusQuestion(section: HTMLElement | null, heading: HTMLElement | null) {
  (section?.querySelector<HTMLInputElement>("#typed-answer") ?? heading)?.focus();
}

/** The server's answers as the page received them, with those this tab has had since. */
function initialState(view: AttemptView) {
  const recalled = recalledAttempt(view.attemptId);
  const results = { ...view.answered, ...recalled?.results };
  const withheld: ReadonlySet<string> = new Set([...(view.withheld ?? []), ...(recalled?.withheld ?? [])]);
  const firstOpen = view.questions.findIndex((question) => !results[question.id] && !withheld.has(question.id));
  const recalledIndex = recalled?.index ?? null;
  const index =
    recalledIndex !== null && recalledIndex >= 0 && recalledIndex < view.questions.length ? recalledIndex : firstOpen === -1 ? view.questions.length - 1 : firstOpen;
  return { results, withheld, index, summary: recalled?.summary ?? null };
}

function isResult(value: unknown): value is AnswerResult | AnswerReceipt {
  return typeof value === "object" && value !== null && (("correct" in value && "correctAnswer" in value) || "withheld" in value);
}

function isTimeUp(value: unknown): boolean {
  return typeof value === "object" && value !== null && "timeUp" in value;
}

function isFinished(value: unknown): boolean {
  return typeof value === "object" && value !== null && "finished" in value && value.finished === true;
}

function LiveRegion({ text }: { text: string }) {
  return (
    <div aria-live="assertive" aria-atomic="true" className="sr-only" data-testid="quiz-announcer">
      {text}
    </div>
  );
}

function AnsweredResponse({ result }: { result: AnswerResult }) {
  return (
    <p className="text-slate-700 dark:text-slate-300">
      You answered: <strong>{formatAnswer(result.response)}</strong>
    </p>
  );
}

type InputProps = { question: PublicQuestion; pending: boolean; onSubmit: (response: unknown) => void };

function ResponseInput(props: InputProps) {
  const mode = responseModeOf(props.question);
  if (mode === "choice") return <ChoiceInput {...props} />;
  if (mode === "order") return <OrderInput {...props} />;
  if (mode === "match") return <MatchInput {...props} />;
  return <TextInput {...props} />;
}

function ChoiceInput({ question, pending, onSubmit }: InputProps) {
  const choices = question.choices;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      const number = Number(event.key);
      if (choices && Number.isInteger(number) && number >= 1 && number <= Math.min(9, choices.length)) {
        event.preventDefault();
        onSubmit(choices[number - 1]);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [choices, onSubmit]);
  return (
    <div>
      <p id="choice-hint" className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Choose an answer, or press its number key.
      </p>
      <ul role="list" aria-describedby="choice-hint" className="grid gap-2 sm:grid-cols-2">
        {(choices ?? []).map((choice, position) => (
          <li key={choice}>
            <button
              type="button"
              disabled={pending}
              onClick={() => onSubmit(choice)}
              className="flex min-h-12 w-full items-center gap-3 rounded-lg border border-slate-300 px-4 py-3 text-left hover:border-accent-600 hover:bg-accent-50 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              <kbd aria-hidden="true" className="rounded border border-slate-400 px-2 py-0.5 font-mono text-sm">
                {position + 1}
              </kbd>
              <span>{choice}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TextInput({ pending, onSubmit }: InputProps) {
  const [value, setValue] = useState("");
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim()) onSubmit(value);
  }
  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="typed-answer" className="font-medium">
          Your answer
        </label>
        <input
          id="typed-answer"
          autoFocus
          aria-describedby="question-prompt"
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="min-h-11 rounded border border-slate-400 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <button type="submit" disabled={pending || !value.trim()} className="min-h-11 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        Check
      </button>
    </form>
  );
}

function OrderInput({ question, pending, onSubmit }: InputProps) {
  const [order, setOrder] = useState<string[]>(question.choices ?? []);
  const [dragged, setDragged] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const list = useRef<HTMLOListElement>(null);
  // After an Up or Down button moves an item, focus stays with that item: on the same button, or on
  // the other one when the item reached the end (its button is then disabled, which drops focus).
  const focusAfterMove = useRef<{ position: number; direction: "up" | "down" } | null>(null);
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const row = list.current?.children[target.position];
    const other = target.direction === "up" ? "down" : "up";
    const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${target.direction}"]:enabled`) ?? row?.querySelector<HTMLButtonElement>(`button[data-move="${other}"]`);
    button?.focus();
  });
  function move(from: number, to: number, direction?: "up" | "down") {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    if (direction) focusAfterMove.current = { position: to, direction };
    setOrder(next);
    setStatus(`${item} moved to position ${to + 1} of ${next.length}.`);
  }
  return (
    <div className="space-y-3">
      <p id="order-hint" className="text-sm text-slate-600 dark:text-slate-400">
        Drag the items, or use the Up and Down buttons, to put them in order (earliest first).
      </p>
      <div aria-live="polite" className="sr-only">
        {status}
      </div>
      <ol ref={list} aria-describedby="order-hint" className="space-y-2">
        {order.map((item, position) => (
          <li
            key={item}
            draggable
            onDragStart={() => setDragged(position)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={() => {
              if (dragged !== null) move(dragged, position);
              setDragged(null);
            }}
            data-testid="order-item"
            className="flex cursor-grab items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <span aria-hidden="true" className="font-mono text-sm text-slate-600 dark:text-slate-400">
              {position + 1}.
            </span>
            <span className="flex-1">{item}</span>
            <button type="button" data-move="up" onClick={() => move(position, position - 1, "up")} disabled={position === 0} className="min-h-11 min-w-11 rounded border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-700">
              <span aria-hidden="true">↑</span>
              <span className="sr-only">Move {item} up</span>
            </button>
            <button type="button" data-move="down" onClick={() => move(position, position + 1, "down")} disabled={position === order.length - 1} className="min-h-11 min-w-11 rounded border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-700">
              <span aria-hidden="true">↓</span>
              <span className="sr-only">Move {item} down</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={pending} onClick={() => onSubmit(order)} className="min-h-11 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        Check this order
      </button>
    </div>
  );
}

function MatchInput({ question, pending, onSubmit }: InputProps) {
  const lefts = question.lefts ?? [];
  const rights = question.choices ?? [];
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const complete = lefts.every((left) => chosen[left]);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSubmit(lefts.map((left) => [left, chosen[left] ?? ""]));
      }}
    >
      {lefts.map((left, position) => (
        <div key={left} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-4">
          <label htmlFor={`match-${position}`} className="font-medium sm:w-1/2">
            {left}
          </label>
          <select
            id={`match-${position}`}
            value={chosen[left] ?? ""}
            onChange={(event) => setChosen({ ...chosen, [left]: event.target.value })}
            className="min-h-11 rounded border border-slate-400 bg-white px-3 py-2 sm:w-1/2 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">Choose…</option>
            {rights.map((right) => (
              <option key={right} value={right}>
                {right}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" disabled={pending || !complete} className="min-h-11 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        Check matches
      </button>
    </form>
  );
}

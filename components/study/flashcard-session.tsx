"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DueCards, FlashcardView } from "@/lib/study/results";
import { SourceSentence } from "./explanation-view";
import { postJson } from "./study-api-client";

const LEARN_AHEAD_MS = 20 * 60 * 1000;
const GRADES = [
  { rating: 1, label: "Again", hint: "forgot" },
  { rating: 2, label: "Hard", hint: "recalled with effort" },
  { rating: 3, label: "Good", hint: "recalled" },
  { rating: 4, label: "Easy", hint: "instant" },
] as const;

type ReviewResponse = { due: string };

// What this tab has reviewed, by article: each card's next due date, and how many reviews. Back to
// this page re-renders it from the router's cached payload (the cards from before any review), which
// would offer reviewed cards again and record second reviews; the queue leaves out what this tab
// has already reviewed (a card still learning stays, with its new due date). Module state lives as
// long as the document; a reload reads the server.
type TabSession = { nextDue: Map<string, string>; reviewed: number };
const sessions = new Map<string, TabSession>();
const recalledSession = (slug: string): TabSession | undefined => (typeof window === "undefined" ? undefined : sessions.get(slug));

function withoutReviewed(cards: FlashcardView[], session: TabSession | undefined): FlashcardView[] {
  if (!session) return cards;
  return cards.flatMap((card) => {
    const next = session.nextDue.get(card.questionId);
    if (next === undefined) return [card];
    return new Date(next).getTime() - Date.now() <= LEARN_AHEAD_MS ? [{ ...card, isNew: false, due: next }] : [];
  });
}

/** Today's cards for one article: Space shows the answer, 1-4 grade it; the server schedules with FSRS. */
export function FlashcardSession({ due }: { due: DueCards }) {
  const slug = due.article.slug;
  const [queue, setQueue] = useState<FlashcardView[]>(() => withoutReviewed(due.cards, recalledSession(slug)));
  const [flipped, setFlipped] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reviewed, setReviewed] = useState(() => recalledSession(slug)?.reviewed ?? 0);
  const [announcement, setAnnouncement] = useState("");
  const showButton = useRef<HTMLButtonElement>(null);
  const backHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const card = queue[0];
  // Focus moves after the render that shows its target: the back's heading, or the next card's
  // button (the "Nothing more due" heading once the queue is empty).
  const pendingFocus = useRef<"back" | "show" | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    (target === "back" ? backHeading.current : (showButton.current ?? doneHeading.current))?.focus();
  });

  const flip = useCallback(() => {
    pendingFocus.current = "back";
    setFlipped(true);
    setAnnouncement("Answer shown. Grade it with 1 Again, 2 Hard, 3 Good or 4 Easy.");
  }, []);

  // Set at once, unlike `pending`: two keys pressed before React renders again send one review.
  const sending = useRef(false);
  const grade = useCallback(
    async (rating: 1 | 2 | 3 | 4) => {
      if (!card || sending.current) return;
      sending.current = true;
      setPending(true);
      setError(null);
      const outcome = await postJson<ReviewResponse>(`/api/flashcards/${card.questionId}/review`, { rating });
      sending.current = false;
      setPending(false);
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      const nextDue = new Date(outcome.body.due);
      const rest = queue.slice(1);
      // A card still in its learning steps (due within the learn-ahead window) comes back this session.
      const again = nextDue.getTime() - Date.now() <= LEARN_AHEAD_MS ? [{ ...card, isNew: false, due: outcome.body.due }] : [];
      pendingFocus.current = "show";
      const session = sessions.get(slug) ?? { nextDue: new Map<string, string>(), reviewed: 0 };
      session.nextDue.set(card.questionId, outcome.body.due);
      session.reviewed = reviewed + 1;
      sessions.set(slug, session);
      setQueue([...rest, ...again]);
      setReviewed(reviewed + 1);
      setFlipped(false);
      const label = GRADES.find((entry) => entry.rating === rating)?.label ?? "";
      setAnnouncement(`Graded ${label}. ${again.length > 0 ? "You will see this card again in a few minutes." : `Next review ${nextDue.toLocaleDateString()}.`}`);
    },
    [card, queue, reviewed, slug],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (!flipped && (event.key === " " || event.key === "Enter")) {
        // A focused link or button keeps its own Space/Enter.
        if (target && ["A", "BUTTON"].includes(target.tagName) && target !== showButton.current) return;
        event.preventDefault();
        flip();
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as 1 | 2 | 3 | 4);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [flipped, flip, grade]);

  const remaining = { new: queue.filter((entry) => entry.isNew).length, review: queue.filter((entry) => !entry.isNew).length };

  return (
    <div className="space-y-6">
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="flashcard-announcer">
        {announcement}
      </div>
      <div>
        <p className="text-sm">
          <Link href={`/study/${due.article.slug}`} className="underline underline-offset-2">
            {due.article.title}
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold">Flashcards</h1>
        <p className="mt-2" data-testid="remaining-counts">
          {remaining.new} new · {remaining.review} to review · {reviewed} reviewed this session
        </p>
        {due.counts.buried > 0 ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {due.counts.buried === 1 ? "1 card waits" : `${due.counts.buried} cards wait`} until tomorrow, being about the same sentence as a card you see or saw today.
          </p>
        ) : null}
      </div>

      {!card ? (
        <section aria-labelledby="done-heading" className="rounded-lg border border-slate-200 p-6 dark:border-slate-800">
          <h2 id="done-heading" ref={doneHeading} tabIndex={-1} className="text-xl font-semibold">
            Nothing more due today
          </h2>
          <p className="mt-2">
            {reviewed > 0 ? `You reviewed ${reviewed} card${reviewed === 1 ? "" : "s"}. ` : ""}Come back when more cards fall due, or take a practice quiz.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href={`/study/${due.article.slug}`} className="inline-flex min-h-11 items-center rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
              Back to the article
            </Link>
            <Link href="/progress" className="inline-flex min-h-11 items-center rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
              See your progress
            </Link>
          </div>
        </section>
      ) : (
        <section aria-labelledby="card-front" className="space-y-5 rounded-lg border border-slate-300 p-6 shadow-sm dark:border-slate-700">
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{card.isNew ? "New card" : "Review"}</p>
          <h2 id="card-front" className="font-serif text-2xl font-semibold leading-snug">
            {card.front}
          </h2>
          {!flipped ? (
            <button
              ref={showButton}
              type="button"
              onClick={flip}
              autoFocus
              className="inline-flex min-h-11 items-center gap-2 rounded bg-accent-600 px-5 py-2 font-medium text-white hover:bg-accent-700"
            >
              Show answer <kbd className="rounded border border-white/60 px-1.5 font-mono text-sm">Space</kbd>
            </button>
          ) : (
            <div className="space-y-4 border-t border-slate-200 pt-4 dark:border-slate-800">
              <h3 ref={backHeading} tabIndex={-1} className="text-xl font-semibold" data-testid="card-back">
                {card.back}
              </h3>
              <SourceSentence parts={card.source.parts} />
              <p>
                <Link href={card.source.href} prefetch={false} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  Read this in the article
                </Link>
              </p>
              <div role="group" aria-label="How well did you remember?" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {GRADES.map((entry) => (
                  <button
                    key={entry.rating}
                    type="button"
                    disabled={pending}
                    onClick={() => void grade(entry.rating)}
                    className="flex min-h-14 flex-col items-center justify-center rounded-lg border border-slate-300 px-3 py-2 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
                  >
                    <span className="font-semibold">
                      <kbd aria-hidden="true" className="mr-1 font-mono">
                        {entry.rating}
                      </kbd>
                      {entry.label}
                    </span>
                    <span className="text-xs text-slate-600 dark:text-slate-400">{entry.hint}</span>
                  </button>
                ))}
              </div>
            </div>
          )}
          {error ? (
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              {error}
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

import { createEmptyCard, fsrs, State, type Card, type FSRS, type Grade } from "ts-fsrs";

// The one FSRS wrapper: ts-fsrs with its FSRS-6 default weights, learning steps on, fuzz off (so a
// card's schedule can be replayed exactly from its review log). The clock is always passed in.

export const MIN_DESIRED_RETENTION = 0.8;
export const MAX_DESIRED_RETENTION = 0.97;
export const DEFAULT_DESIRED_RETENTION = 0.9;

/** 1 Again, 2 Hard, 3 Good, 4 Easy: the numbers ts-fsrs and Anki use. */
export type Rating = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<Rating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** What is stored for one fact of one learner (the MemoryCard row without its keys). */
export type MemoryState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: number;
  lastReview: Date | null;
};

export type ReviewOutcome = { before: MemoryState; after: MemoryState };

const schedulers = new Map<number, FSRS>();

function schedulerFor(desiredRetention: number): FSRS {
  const retention = clampRetention(desiredRetention);
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: retention, enable_fuzz: false, enable_short_term: true });
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

export function clampRetention(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
  return Math.round(Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value)) * 1000) / 1000;
}

/** A fact nobody has reviewed yet: due now. */
export function newMemoryState(now: Date): MemoryState {
  return fromCard(createEmptyCard(now));
}

/** Applies one rating at `now`. A missing state is a new card. */
export function reviewMemory(state: MemoryState | null, rating: Rating, now: Date, desiredRetention: number): ReviewOutcome {
  const before = state ?? newMemoryState(now);
  const { card } = schedulerFor(desiredRetention).next(toCard(before), now, rating as Grade);
  return { before, after: fromCard(card) };
}

/** The probability of recalling the fact at `now` (FSRS retrievability); 0 for a fact never reviewed. */
export function recallProbability(state: MemoryState | null, now: Date, desiredRetention = DEFAULT_DESIRED_RETENTION): number {
  if (!state || state.state === State.New || state.lastReview === null) return 0;
  const value = schedulerFor(desiredRetention).get_retrievability(toCard(state), now, false);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** A quiz answer reviews its fact: wrong is Again, right is Good. */
export function ratingForQuizAnswer(correct: boolean): Rating {
  return correct ? 3 : 1;
}

function toCard(state: MemoryState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    last_review: state.lastReview ?? undefined,
  };
}

function fromCard(card: Card): MemoryState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

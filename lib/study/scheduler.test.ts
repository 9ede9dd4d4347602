import { describe, expect, it } from "vitest";
import { clampRetention, newMemoryState, ratingForQuizAnswer, recallProbability, reviewMemory, type MemoryState } from "./scheduler";

// Vitest runs with TZ=America/Los_Angeles; every instant here is explicit, so nothing depends on it.
const start = new Date("2026-03-07T17:00:00-08:00"); // the evening before the spring DST change
const DAY = 24 * 60 * 60 * 1000;

function reviewRepeatedly(ratings: (1 | 2 | 3 | 4)[], retention = 0.9): MemoryState {
  let state: MemoryState | null = null;
  let now = start;
  for (const rating of ratings) {
    state = reviewMemory(state, rating, now, retention).after;
    now = state.due;
  }
  if (!state) throw new Error("no ratings");
  return state;
}

describe("FSRS scheduling with an injected clock", () => {
  it("starts a new card due at the given time, with nothing learnt", () => {
    const state = newMemoryState(start);
    expect(state.due.getTime()).toBe(start.getTime());
    expect(state.state).toBe(0);
    expect(recallProbability(state, start)).toBe(0);
  });

  it("keeps a failed new card in learning for a minute, and a Good one for ten", () => {
    const again = reviewMemory(null, 1, start, 0.9).after;
    expect(again.state).toBe(1);
    expect(again.due.getTime() - start.getTime()).toBe(60_000);
    const good = reviewMemory(null, 3, start, 0.9).after;
    expect(good.due.getTime() - start.getTime()).toBe(10 * 60_000);
    const easy = reviewMemory(null, 4, start, 0.9).after;
    expect(easy.state).toBe(2);
    expect(easy.due.getTime() - start.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it("spaces successful reviews further apart each time, in whole days once graduated", () => {
    const state = reviewRepeatedly([3, 3, 3, 3, 3]);
    expect(state.state).toBe(2);
    expect(state.scheduledDays).toBeGreaterThan(3);
    expect(state.reps).toBe(5);
    expect(state.lapses).toBe(0);
  });

  it("counts a lapse and shortens the interval when a review card is forgotten", () => {
    const learnt = reviewRepeatedly([3, 3, 3, 3]);
    const lapse = reviewMemory(learnt, 1, learnt.due, 0.9).after;
    expect(lapse.lapses).toBe(1);
    expect(lapse.state).toBe(3);
    expect(lapse.due.getTime() - learnt.due.getTime()).toBeLessThan(DAY);
    expect(lapse.stability).toBeLessThan(learnt.stability);
  });

  it("schedules sooner for a higher desired retention", () => {
    const learnt = reviewRepeatedly([3, 3, 3]);
    const relaxed = reviewMemory(learnt, 3, learnt.due, 0.8).after;
    const strict = reviewMemory(learnt, 3, learnt.due, 0.97).after;
    expect(strict.due.getTime()).toBeLessThan(relaxed.due.getTime());
  });

  it("predicts recall near the desired retention when a review falls due, and lower later", () => {
    const learnt = reviewRepeatedly([3, 3, 3, 3]);
    const atDue = recallProbability(learnt, learnt.due, 0.9);
    expect(atDue).toBeGreaterThan(0.85);
    expect(atDue).toBeLessThan(0.95);
    expect(recallProbability(learnt, new Date(learnt.due.getTime() + 60 * DAY))).toBeLessThan(atDue);
  });

  it("is deterministic: the same ratings at the same instants give the same schedule", () => {
    expect(reviewRepeatedly([3, 1, 3, 4, 2])).toEqual(reviewRepeatedly([3, 1, 3, 4, 2]));
  });

  it("maps quiz answers to Again and Good and keeps retention in 0.80-0.97", () => {
    expect(ratingForQuizAnswer(false)).toBe(1);
    expect(ratingForQuizAnswer(true)).toBe(3);
    expect(clampRetention(0.5)).toBe(0.8);
    expect(clampRetention(0.99)).toBe(0.97);
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });
});

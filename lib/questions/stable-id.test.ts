import { describe, expect, it } from "vitest";
import { createRandom, shuffled } from "./seeded-random";
import { stableQuestionId } from "./stable-id";

describe("stableQuestionId", () => {
  it("is stable, well-formed and sensitive to every part", () => {
    const id = stableQuestionId(["slug", "cloze", "Founded in Kessel.", "Kessel", "11"]);
    expect(id).toMatch(/^q_[0-9a-z]{13}$/);
    expect(stableQuestionId(["slug", "cloze", "Founded in Kessel.", "Kessel", "11"])).toBe(id);
    expect(stableQuestionId(["slug", "cloze", "Founded in Kessel!", "Kessel", "11"])).not.toBe(id);
    expect(stableQuestionId(["slug", "flashcard", "Founded in Kessel.", "Kessel", "11"])).not.toBe(id);
    expect(stableQuestionId(["slugcloze", "", "Founded in Kessel.", "Kessel", "11"])).not.toBe(id);
  });
});

describe("createRandom", () => {
  it("repeats for a seed and shuffles without losing items", () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    expect(shuffled(items, createRandom("a"))).toEqual(shuffled(items, createRandom("a")));
    expect([...shuffled(items, createRandom("a"))].sort((left, right) => left - right)).toEqual(items);
    const random = createRandom(42);
    for (let index = 0; index < 100; index++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

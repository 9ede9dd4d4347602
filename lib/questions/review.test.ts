import { describe, expect, it } from "vitest";
import type { Question } from "./schema";
import { countByKind, formatQuestion, markedSource, sampleQuestions } from "./review";

const question = (index: number): Question => ({
  id: `q_${String(index).padStart(13, "0")}`,
  kind: "cloze",
  prompt: `Fill in the blank: Question ${index} about _____.`,
  answer: "Kessel",
  choices: ["Ostra", "Kessel", "Brenna"],
  accepted: ["KSL"],
  typeable: true,
  source: { articleSlug: "x", sectionPath: ["History"], refId: "s-1", text: "Founded in Kessel.", start: 11, end: 17 },
  explanation: { parts: [{ text: "Founded in ", answer: false }, { text: "Kessel", answer: true }, { text: ".", answer: false }], notes: ["Ostra appears in “History”."] },
  score: 0.7,
});

describe("review helpers", () => {
  const questions = Array.from({ length: 30 }, (_, index) => question(index));

  it("samples the same questions for the same seed and others for another", () => {
    const first = sampleQuestions(questions, 10, 4).map((item) => item.id);
    expect(sampleQuestions(questions, 10, 4).map((item) => item.id)).toEqual(first);
    expect(new Set(first).size).toBe(10);
    expect(sampleQuestions(questions, 10, 5).map((item) => item.id)).not.toEqual(first);
    expect(sampleQuestions(questions, 100, 1)).toHaveLength(30);
  });

  it("marks the answer in the source and ticks the right choice", () => {
    expect(markedSource(question(1))).toBe("Founded in [[Kessel]].");
    const lines = formatQuestion(question(1), 3);
    expect(lines[0]).toBe("3. [cloze] Fill in the blank: Question 1 about _____.");
    expect(lines).toContain("   [x] Kessel");
    expect(lines).toContain("   [ ] Ostra");
    expect(lines).toContain("   also accepted: KSL");
  });

  it("counts questions by kind", () => {
    expect(countByKind(questions).cloze).toBe(30);
    expect(countByKind(questions).flashcard).toBe(0);
  });
});

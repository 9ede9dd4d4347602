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

  it("lists an ordering's or matching's sources one per line, naming their sections", () => {
    const evidence = (sectionPath: string[], text: string) => ({ articleSlug: "x", sectionPath, refId: `s-${text.length}`, text, start: 0, end: 5 });
    const matching: Question = {
      id: "q_0000000000042",
      kind: "matching",
      prompt: "Match each person to the role the article gives them.",
      answer: [["Ada Lenz", "historian"], ["Cato Varn", "poet"], ["Ida Fenn", "scholar"]],
      choices: ["poet", "scholar", "historian"],
      accepted: [],
      typeable: false,
      source: { articleSlug: "x", sectionPath: [], refId: "s-1+s-2+s-3", text: "The historian Ada Lenz wrote.\nThe poet Cato Varn sang.\nThe scholar Ida Fenn copied.", start: 0, end: 90 },
      evidence: [evidence(["People"], "The historian Ada Lenz wrote."), evidence(["People"], "The poet Cato Varn sang."), evidence(["Wars", "Raids"], "The scholar Ida Fenn copied.")],
      explanation: {
        parts: [
          { text: "The historian ", answer: false },
          { text: "Ada Lenz", answer: true },
          { text: " wrote.\nThe poet ", answer: false },
          { text: "Cato Varn", answer: true },
          { text: " sang.\nThe scholar ", answer: false },
          { text: "Ida Fenn", answer: true },
          { text: " copied.", answer: false },
        ],
        notes: [],
      },
      score: 0.7,
    };
    const lines = formatQuestion(matching);
    const at = lines.indexOf("   sources (People, Wars):");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual(["     The historian [[Ada Lenz]] wrote.", "     The poet [[Cato Varn]] sang.", "     The scholar [[Ida Fenn]] copied."]);
  });

  it("counts questions by kind", () => {
    expect(countByKind(questions).cloze).toBe(30);
    expect(countByKind(questions).flashcard).toBe(0);
  });
});

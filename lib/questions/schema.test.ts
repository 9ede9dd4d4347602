import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { questionBankSchema, questionSchema } from "./schema";

const base = {
  id: "q_0000000000001",
  prompt: "Which of these is listed among X's allies?",
  accepted: [],
  typeable: false,
  source: { articleSlug: "x", sectionPath: ["Infobox"], refId: "infobox:Allies", text: "- Allies: A, B", start: 10, end: 11 },
  explanation: { parts: [{ text: "- Allies: ", answer: false }, { text: "A", answer: true }, { text: ", B", answer: false }], notes: [] },
  score: 0.8,
};

describe("questionSchema", () => {
  it("accepts each kind's answer shape", () => {
    expect(questionSchema.safeParse({ ...base, kind: "list-membership", answer: "A", choices: ["A", "C", "D"] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...base, kind: "true-false", answer: "False", choices: ["True", "False"] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...base, kind: "timeline-order", answer: ["a", "b", "c"], choices: ["c", "a", "b"] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...base, kind: "matching", answer: [["a", "1"], ["b", "2"], ["c", "3"]], choices: ["3", "1", "2"] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...base, kind: "flashcard", answer: "A" }).success).toBe(true);
  });

  it("rejects an answer missing from its choices, repeated choices, and orderings whose choices are not the items", () => {
    expect(questionSchema.safeParse({ ...base, kind: "cloze", answer: "A", choices: ["B", "C"] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, kind: "cloze", answer: "A", choices: ["A", "a", "C"] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, kind: "timeline-order", answer: ["a", "b", "c"], choices: ["a", "b", "d"] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, kind: "matching", answer: [["a", "1"], ["b", "1"], ["c", "3"]], choices: ["1", "1", "3"] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, kind: "cloze", answer: "A", source: { ...base.source, end: 10 } }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, kind: "riddle", answer: "A" }).success).toBe(false);
  });
});

describe("docs/question-schema.json", () => {
  it("is the JSON Schema of the --json output (regenerate with `npm run questions -- schema > docs/question-schema.json`)", () => {
    const file = path.resolve(__dirname, "../../docs/question-schema.json");
    const current = z.toJSONSchema(questionBankSchema, { io: "output", unrepresentable: "any" });
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(current)));
  });
});

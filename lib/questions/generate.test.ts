import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "../answers/check-answer";
import { normaliseAnswer } from "../answers/normalise-answer";
import { parseArticle } from "../content/parse-article";
import type { Article } from "../content/types";
import { generateQuestionReport, generateQuestions } from "./generate";
import { QUESTION_KINDS, questionSchema, type Question } from "./schema";

// Every question of every fixture article is checked here against the quality gates, written out
// independently of lib/questions/quality-gates.ts so that a bug there cannot hide a bad question.

const root = path.resolve(__dirname, "../..");
const articleFiles = [
  ...fs.readdirSync(path.join(root, "content")).filter((name) => name.endsWith(".txt")).map((name) => path.join(root, "content", name)),
  ...fs.readdirSync(path.join(root, "tests/fixtures/content")).filter((name) => name.endsWith(".txt")).map((name) => path.join(root, "tests/fixtures/content", name)),
];

function load(file: string): { article: Article; source: string } {
  const source = fs.readFileSync(file, "utf8");
  const { article } = parseArticle(source, { fileName: file });
  if (!article) throw new Error(`${file} does not parse`);
  return { article, source };
}

const contains = (haystack: string, needle: string) =>
  haystack.toLowerCase().includes(needle.toLowerCase()) || ` ${normaliseAnswer(haystack)} `.includes(` ${normaliseAnswer(needle)} `);

function items(question: Question): string[] {
  if (question.kind === "timeline-order") return question.answer;
  if (question.kind === "matching") return question.answer.flat();
  if (question.kind === "true-false") return [];
  return [question.answer];
}

const PRONOUN_OPENERS = /^(?:They|It|He|She|This|These|Those|His|Her|Its|Their|The group|The organization|The organisation)\b/;
const UNRESOLVED_ANYWHERE = /\b(?:the group|this group|the terrorist group)\b(?!\s+[A-Z])/i;

describe.each(articleFiles.map((file) => [path.relative(root, file), file]))("questions for %s", (_name, file) => {
  const { article, source } = load(file);
  const report = generateQuestionReport(article, source);
  const questions = report.questions;

  it("produces a substantial, valid bank", () => {
    expect(questions.length).toBeGreaterThan(40);
    for (const question of questions) expect(questionSchema.safeParse(question).success, question.prompt).toBe(true);
  });

  it("puts every answer inside the cited source span", () => {
    for (const question of questions) {
      const slice = source.slice(question.source.start, question.source.end);
      for (const item of items(question)) expect(contains(slice, item), `${question.prompt} -> ${item} not in "${slice}"`).toBe(true);
      if (question.kind === "true-false") {
        const decided = contains(question.prompt, slice) || question.explanation.notes.some((note) => contains(note, slice));
        expect(decided, question.prompt).toBe(true);
      }
    }
  });

  it("cites source text exactly as it is in the file", () => {
    for (const question of questions) {
      if (question.kind === "timeline-order" || question.kind === "matching") continue;
      expect(source.includes(question.source.text), question.prompt).toBe(true);
      expect(question.source.start).toBeGreaterThanOrEqual(source.indexOf(question.source.text));
      const marked = question.explanation.parts.filter((part) => part.answer).map((part) => part.text);
      expect(marked.length, question.prompt).toBeGreaterThan(0);
      expect(question.explanation.parts.map((part) => part.text).join(""), question.prompt).toBe(question.source.text);
    }
  });

  it("explains an ordering or matching with each item's own text, one line each, as in the file and free of markup", () => {
    for (const question of questions) {
      if (question.kind !== "timeline-order" && question.kind !== "matching") continue;
      const evidence = question.evidence ?? [];
      const quoted = question.explanation.parts.map((part) => part.text).join("");
      expect(quoted, question.prompt).toBe(question.source.text);
      const lines = quoted.split("\n");
      expect(lines.length, question.prompt).toBeGreaterThanOrEqual(question.kind === "timeline-order" ? question.answer.length : 1);
      expect(lines.length, question.prompt).toBeLessThanOrEqual(evidence.length);
      for (const line of lines) {
        expect(line.trim(), `${question.prompt}: an empty line`).not.toBe("");
        expect(evidence.some((item) => item.text.includes(line)), `${question.prompt}: “${line}” is not one item's own text`).toBe(true);
        expect(line, question.prompt).not.toMatch(/^\s*(?:=|- |\* )|==/);
      }
      const marked = question.explanation.parts.filter((part) => part.answer).map((part) => part.text);
      const left = question.kind === "timeline-order" ? question.answer : question.answer.map(([item]) => item);
      for (const item of left) expect(marked.some((text) => contains(text, item) || contains(item, text)), `${question.prompt}: ${item} is not marked`).toBe(true);
      const sections = evidence.map((item) => item.sectionPath);
      for (const path of sections) expect(path.slice(0, question.source.sectionPath.length), `${question.prompt}: labelled ${question.source.sectionPath.join(" › ")}`).toEqual(question.source.sectionPath);
    }
  });

  it("never shows the answer in the prompt", () => {
    for (const question of questions) {
      if (question.kind === "true-false") continue;
      const body = question.prompt.replace(/^Fill in the blank:\s*/, "");
      for (const item of [...items(question), ...question.accepted]) expect(contains(body, item), `${question.prompt} shows ${item}`).toBe(false);
    }
  });

  it("offers unique choices that include the answer", () => {
    for (const question of questions) {
      if (!("choices" in question) || question.choices === undefined) continue;
      const keys = question.choices.map(normaliseAnswer);
      expect(new Set(keys).size, question.prompt).toBe(keys.length);
      if (typeof question.answer === "string") expect(question.choices).toContain(question.answer);
    }
  });

  it("offers choices of the answer's kind (dates at the answer's precision, numbers, codes, names)", () => {
    const shape = (text: string) => {
      const value = normaliseAnswer(text);
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
      if (/^\d{4}-\d{2}$/.test(value)) return "month";
      if (/^[A-Z]{3}$/.test(text)) return "code";
      if (/\d/.test(text) && !/[a-z]{4,}/i.test(text.replace(/per cent|million|billion|thousand|Early|Mid|Late/g, ""))) return "number-or-year";
      return "words";
    };
    for (const question of questions) {
      if (question.kind === "timeline-order" || question.kind === "matching" || question.kind === "true-false") continue;
      if (!("choices" in question) || question.choices === undefined) continue;
      const expected = shape(question.answer);
      for (const choice of question.choices) expect(shape(choice), `${question.prompt}: ${choice} vs ${question.answer}`).toBe(expected);
    }
  });

  it("never leans on an unresolved pronoun or 'the group'", () => {
    for (const question of questions) {
      const body = question.prompt.replace(/^Fill in the blank:\s*/, "");
      expect(PRONOUN_OPENERS.test(body), question.prompt).toBe(false);
      expect(UNRESOLVED_ANYWHERE.test(body), question.prompt).toBe(false);
    }
  });

  it("never repeats a prompt", () => {
    const prompts = questions.map((question) => normaliseAnswer(question.prompt));
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("builds nothing from damaged text", () => {
    const damaged = article.sentences.filter((sentence) => sentence.damaged);
    for (const question of questions) {
      const spans = question.kind === "timeline-order" || question.kind === "matching" ? (question.evidence ?? []) : [question.source];
      for (const span of spans) {
        for (const sentence of damaged) expect(span.start < sentence.end && span.end > sentence.start, `${question.prompt} uses "${sentence.text}"`).toBe(false);
      }
    }
  });

  it("accepts each answer, typed back, through the one answer checker", () => {
    for (const question of questions) {
      if (question.kind === "true-false" || question.kind === "flashcard") continue;
      const response = question.kind === "timeline-order" ? question.answer : question.kind === "matching" ? question.answer : question.answer.toUpperCase();
      expect(checkAnswer(question, response).correct, question.prompt).toBe(true);
      if ("choices" in question && question.choices && typeof question.answer === "string") {
        for (const wrong of question.choices.filter((choice) => choice !== question.answer)) expect(checkAnswer(question, wrong).correct, `${question.prompt}: ${wrong}`).toBe(false);
      }
    }
  });

  it("covers at least 80% of the key facts", () => {
    expect(report.coverage.ratio, report.coverage.missing.map((fact) => fact.label).join("; ")).toBeGreaterThanOrEqual(0.8);
  });

  it("gives the same ids on every run", () => {
    const again = generateQuestions(article, source);
    expect(again.map((question) => question.id)).toEqual(questions.map((question) => question.id));
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });
});

describe("generateQuestions on the first article", () => {
  const { article, source } = load(path.join(root, "content/al-qaeda-in-the-islamic-maghreb.txt"));
  const questions = generateQuestions(article, source);

  it("produces every kind of question", () => {
    for (const kind of QUESTION_KINDS) expect(questions.some((question) => question.kind === kind), kind).toBe(true);
  });

  it("keeps ids of questions whose source text is unchanged when another sentence changes", () => {
    const edited = source.replace("Hammam was killed by French forces in February 2019.", "Hammam was killed by French forces in March 2019.");
    expect(edited).not.toBe(source);
    const reparsed = parseArticle(edited, { fileName: "content/al-qaeda-in-the-islamic-maghreb.txt" }).article!;
    const after = generateQuestions(reparsed, edited);
    const before = new Map(questions.map((question) => [question.id, question]));
    const changedSentence = (question: Question) => question.source.text.includes("Hammam was killed by French forces");
    const kept = after.filter((question) => before.has(question.id));
    expect(kept.length).toBeGreaterThan(questions.length * 0.9);
    expect(after.filter(changedSentence).every((question) => !before.has(question.id))).toBe(true);
  });

  it("takes list-membership distractors from other lists, never from the true list", () => {
    const allies = article.infobox.find((field) => field.key === "Allies")!;
    const question = questions.find((candidate) => candidate.kind === "list-membership" && candidate.source.refId === "infobox:Allies");
    expect(question).toBeDefined();
    const wrong = (question as Extract<Question, { kind: "list-membership" }>).choices!.filter((choice) => choice !== question!.answer);
    for (const choice of wrong) expect(allies.values.some((value) => normaliseAnswer(value.text).includes(normaliseAnswer(choice)))).toBe(false);
    expect(question!.explanation.notes.some((note) => /listed among AQIM's opponents, not AQIM's allies/.test(note))).toBe(true);
  });

  it("never offers a date the event itself mentions as a wrong date", () => {
    for (const question of questions.filter((candidate) => candidate.kind === "timeline-date")) {
      const entry = question.source.text;
      const wrong = (question as Extract<Question, { kind: "timeline-date" }>).choices!.filter((choice) => choice !== question.answer);
      for (const choice of wrong) expect(entry.includes(choice), `${question.prompt}: ${choice}`).toBe(false);
    }
  });

  it("accepts an acronym the article defines for a typed answer", () => {
    const question = questions.find((candidate) => candidate.answer === "Salafist Group for Preaching and Combat" && candidate.typeable);
    expect(question).toBeDefined();
    expect(checkAnswer(question!, "gspc")).toEqual({ correct: true, matched: "GSPC" });
  });
});

describe("the generator knows no article's names", () => {
  it("has no name from the first article's infobox or title in its code", () => {
    const { article } = load(path.join(root, "content/al-qaeda-in-the-islamic-maghreb.txt"));
    const names = [article.title, "AQIM", ...article.infobox.flatMap((field) => field.values.map((value) => value.text))]
      .map((name) => name.replace(/\s*\(.*\)$/, ""))
      .filter((name) => name.length >= 6 && /\s|-/.test(name));
    const code = ["lib/questions", "lib/answers"]
      .flatMap((folder) =>
        fs
          .readdirSync(path.join(root, folder))
          .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
          .map((name) => fs.readFileSync(path.join(root, folder, name), "utf8")),
      )
      .join("\n");
    for (const name of names) expect(code.includes(name), name).toBe(false);
    expect(/\bAQIM\b/.test(code)).toBe(false);
  });
});

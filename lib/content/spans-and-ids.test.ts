import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { articleSchema } from "./article-schema";
import { parseArticle } from "./parse-article";
import type { Article } from "./types";

const articles = {
  "content/al-qaeda-in-the-islamic-maghreb.txt": new URL("../../content/al-qaeda-in-the-islamic-maghreb.txt", import.meta.url),
  "tests/fixtures/content/mali-empire.txt": new URL("../../tests/fixtures/content/mali-empire.txt", import.meta.url),
  "tests/fixtures/content/mali-war.txt": new URL("../../tests/fixtures/content/mali-war.txt", import.meta.url),
};

function parseOrThrow(source: string): Article {
  const { article, problems } = parseArticle(source);
  if (!article) throw new Error(`format errors: ${JSON.stringify(problems)}`);
  return article;
}

/** Every [text, start, end] the model claims is a slice of the source. */
function spansOf(article: Article): [string, string, number, number][] {
  const spans: [string, string, number, number][] = [];
  for (const field of article.infobox) {
    for (const value of field.values) spans.push([`infobox ${field.key} value`, value.text, value.start, value.end]);
    if (field.valueText !== undefined) spans.push([`infobox ${field.key} valueText`, field.valueText, field.valueStart ?? -1, field.valueEnd ?? -1]);
  }
  for (const sentence of article.sentences) spans.push([`sentence ${sentence.id}`, sentence.text, sentence.start, sentence.end]);
  for (const event of article.timeline) {
    spans.push([`event ${event.id} text`, event.text, event.start, event.end]);
    spans.push([`event ${event.id} body`, event.body, event.bodyStart, event.bodyEnd]);
  }
  return spans;
}

const HTML_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

describe.each(Object.entries(articles))("%s", (_name, url) => {
  const source = fs.readFileSync(url, "utf8");
  const article = parseOrThrow(source);

  it("parses with no format errors", () => {
    expect(parseArticle(source).problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("keeps text === source.slice(start, end) for every span", () => {
    const spans = spansOf(article);
    expect(spans.length).toBeGreaterThan(50);
    for (const [label, text, start, end] of spans) {
      expect(source.slice(start, end), label).toBe(text);
      expect(text.trim(), `${label} is trimmed`).toBe(text);
      expect(text.length, `${label} is not empty`).toBeGreaterThan(0);
    }
  });

  it("keeps every infobox field's start/end on its own '- Key: Value' line", () => {
    for (const field of article.infobox) {
      const line = source.slice(field.start, field.end);
      expect(line.startsWith(`- ${field.key}:`), field.key).toBe(true);
      expect(line.includes("\n")).toBe(false);
      expect(source.split("\n")[field.line - 1]?.replace(/\r$/, "")).toBe(line);
      for (const value of field.values) {
        expect(value.start).toBeGreaterThanOrEqual(field.start);
        expect(value.end).toBeLessThanOrEqual(field.end);
      }
    }
  });

  it("places every sentence inside its section's region, in order, without overlap", () => {
    const sections = new Map(article.sections.map((section) => [section.id, section]));
    let previousEnd = 0;
    for (const sentence of article.sentences) {
      const section = sections.get(sentence.sectionId);
      expect(section, sentence.id).toBeDefined();
      expect(sentence.start).toBeGreaterThanOrEqual(section?.start ?? Infinity);
      expect(sentence.end).toBeLessThanOrEqual(section?.end ?? -1);
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = sentence.end;
    }
  });

  it("makes each timeline event's sentences tile its text", () => {
    const sentences = new Map(article.sentences.map((sentence) => [sentence.id, sentence]));
    for (const event of article.timeline) {
      const parts = event.sentenceIds.map((id) => sentences.get(id));
      expect(parts[0]?.start).toBe(event.start);
      expect(parts.at(-1)?.end).toBe(event.end);
      expect(event.text.endsWith(event.body)).toBe(true);
      expect(event.text.includes(event.dateText)).toBe(true);
    }
  });

  it("gives unique ids that are valid HTML ids", () => {
    const ids = [...article.sections.map((section) => section.id), ...article.sentences.map((sentence) => sentence.id), ...article.timeline.map((event) => event.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(HTML_ID);
    for (const sentence of article.sentences) expect(sentence.id).toMatch(/^s-[0-9a-f]{8}(?:-\d+)?$/);
  });

  it("matches the zod schema used to read stored models back", () => {
    expect(articleSchema.safeParse(JSON.parse(JSON.stringify(article))).success).toBe(true);
  });

  it("is deterministic", () => {
    expect(parseOrThrow(source)).toEqual(article);
  });
});

describe("id stability", () => {
  const source = fs.readFileSync(articles["content/al-qaeda-in-the-islamic-maghreb.txt"], "utf8");
  const before = parseOrThrow(source);

  it("changes only the edited sentence's id when one sentence is edited", () => {
    const edited = source.replace("Belmokhtar later claimed he acted on behalf of Al Qaeda.", "Belmokhtar later said he acted for Al Qaeda.");
    expect(edited).not.toBe(source);
    const after = parseOrThrow(edited);
    expect(after.sentences).toHaveLength(before.sentences.length);
    const changed = before.sentences.flatMap((sentence, index) => (after.sentences[index]?.id === sentence.id ? [] : [sentence.text]));
    expect(changed).toEqual(["Belmokhtar later claimed he acted on behalf of Al Qaeda."]);
    expect(after.sections.map((section) => section.id)).toEqual(before.sections.map((section) => section.id));
    expect(after.timeline.map((event) => event.id)).toEqual(before.timeline.map((event) => event.id));
  });

  it("changes only the edited event's ids when a timeline entry is edited", () => {
    const edited = source.replace("Stockly was killed in September 2020.", "Stockly died in September 2020.");
    const after = parseOrThrow(edited);
    const changedEvents = before.timeline.filter((event, index) => after.timeline[index]?.id !== event.id);
    expect(changedEvents.map((event) => event.dateText)).toEqual(["8 January 2016"]);
    const changedSentences = before.sentences.filter((sentence, index) => after.sentences[index]?.id !== sentence.id);
    expect(changedSentences.map((sentence) => sentence.text)).toEqual(["Stockly was killed in September 2020."]);
  });

  it("keeps sentence ids when text moves, a section is renamed or a paragraph is inserted", () => {
    const edited = source
      .replace("==Leadership==", "==Leaders==")
      .replace("==Name==\n", "==Name==\nA new first paragraph was added here.\n\n");
    const after = parseOrThrow(edited);
    const afterIds = new Set(after.sentences.map((sentence) => sentence.id));
    expect(before.sentences.every((sentence) => afterIds.has(sentence.id))).toBe(true);
    expect(after.sections.find((section) => section.title === "Leaders")?.id).toBe("sec-leaders");
  });

  it("tells identical sentences apart by a suffix in document order", () => {
    const repeated = before.sentences.filter((sentence) => sentence.text === "An al-Qa’ida-aligned media agency claimed that AQIM was responsible for the attack.");
    expect(repeated.map((sentence) => sentence.id)).toEqual([repeated[0]?.id, `${repeated[0]?.id}-2`]);
  });

  it("ignores line-ending and whitespace-only differences", () => {
    const crlf = parseOrThrow(source.replace(/\n/g, "\r\n"));
    expect(crlf.sentences.map((sentence) => sentence.id)).toEqual(before.sentences.map((sentence) => sentence.id));
    expect(crlf.sentences.map((sentence) => sentence.text)).toEqual(before.sentences.map((sentence) => sentence.text));
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import type { Article } from "./types";

function parse(source: string, fileName?: string) {
  const result = parseArticle(source, fileName ? { fileName } : {});
  if (!result.article) throw new Error(`format errors: ${JSON.stringify(result.problems)}`);
  return { article: result.article as Article, problems: result.problems };
}

const notices = (source: string, fileName?: string) =>
  parse(source, fileName).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe("parseArticle edge cases", () => {
  it("accepts an article without an infobox", () => {
    const { article } = parse("= Plain =\n\nFirst sentence. Second sentence.\n");
    expect(article.infobox).toEqual([]);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(["First sentence.", "Second sentence."]);
  });

  it("accepts '=Title=' without spaces and a byte-order mark", () => {
    expect(parse("\uFEFF=Plain=\n\nText.").article.title).toBe("Plain");
  });

  it("does not mark a colon followed by a list or by a quotation", () => {
    const { article, problems } = parse("= T =\n\nThe members were:\n- One\n- Two\n\nHe said:\n\n\"We will return.\"\n");
    expect(article.sentences.filter((sentence) => sentence.damaged)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("marks a colon at the end of a section and at the end of a list item", () => {
    const { article } = parse("= T =\n\nHe said:\n\n==Next==\n- An item that ends:\n- Another item.\n");
    expect(article.sentences.filter((sentence) => sentence.damaged).map((sentence) => sentence.text)).toEqual(["He said:", "An item that ends:"]);
  });

  it("joins the lines of a wrapped paragraph and keeps the line break in the sentence text", () => {
    const source = "= T =\n\nA sentence that\ncontinues. Another.\n";
    const { article } = parse(source);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(["A sentence that\ncontinues.", "Another."]);
    expect(new Set(article.sentences.map((sentence) => sentence.block)).size).toBe(1);
  });

  it("does not read bullets in the lead as timeline events, even when the title says Timeline", () => {
    const { article } = parse("= Timeline of the Mali War =\n\n- An undated lead item.\n\n==Chronology==\n- 2013: Dated.\n");
    expect(article.timeline.map((event) => event.text)).toEqual(["2013: Dated."]);
  });

  it("reads bullets under a subsection of a Chronology heading as events", () => {
    const { article } = parse("= T =\n\n==Chronology of events==\n===Early years===\n- 1468: Dated.\n\n==See also==\n- Undated is fine here\n");
    expect(article.timeline).toHaveLength(1);
    expect(article.timeline[0]?.sectionId).toBe("sec-chronology-of-events--early-years");
  });

  it("gives headings without Latin letters a hash id, and repeated headings a suffix", () => {
    const { article } = parse("= T =\n\n==تاريخ==\nText.\n\n==Notes==\nOne.\n\n==Notes==\nTwo.\n");
    const ids = article.sections.map((section) => section.id);
    expect(ids[1]).toMatch(/^sec-[0-9a-f]{8}$/);
    expect(ids.slice(2)).toEqual(["sec-notes", "sec-notes-2"]);
  });

  it("reports infobox oddities as notices", () => {
    expect(notices("= T =\n\nT\n- Capital: Niani\n- Capital: Dakajalan\n- Empty:\n")).toEqual([
      '5:1 infobox key "Capital" repeats the key on line 4',
      '6:8 infobox field "Empty" has no value',
    ]);
  });

  it("reports an empty list item and a file name that does not match the slug", () => {
    expect(notices("= Mali Empire =\n\n-\n- Item\n", "content/mali.txt")).toEqual([
      '1:1 file name "mali" does not match the title\'s slug; expected "mali-empire.txt"',
      "3:1 list item is empty; it is ignored",
    ]);
    expect(notices("= Mali Empire =\n\nText.\n", "content/mali-empire.txt")).toEqual([]);
  });

  it("reports columns on the right line with CRLF line endings", () => {
    const { problems } = parseArticle("= T =\r\n\r\n==History\r\n");
    expect(problems.map((problem) => `${problem.line}:${problem.column}`)).toEqual(["3:10"]);
  });
});

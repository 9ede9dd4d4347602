import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import type { Article } from "./types";

// Lines shaped like the format, and like its mistakes, so random articles reach every branch.
const line = fc.oneof(
  fc.constantFrom(
    "", "= Title =", "Title", "- Key: A (2012–2017), * B, ** C, | | |USA", "- Key value", "- Size: 3,000–10,000, 20px X (Y) (1430s–1591)",
    "==History==", "===Sub===", "==Timeline==", "==Chronology==", "==Broken", "===Mismatch==", "= Again =",
    "- 11 April 2007: Two car bombs. One was close.", "- On 25 to 26 February 2022, France acted.", "- c. 1235: Founded.",
    "- Undated entry.", "- 31 February 2010: Impossible.", "Omar Ould Hamaha said:", '"A quotation." It follows.',
    "Released on 9 December. 2013.", "U.S. Gen. J. R. R. Tolkien met Dr. No. 5 at 7 a.m. in c. 1235. Done.", "-", "- ",
    "\uFEFF= Title =", "تنظيم القاعدة. مالي.", "Active: –present",
  ),
  fc.string({ maxLength: 40 }),
);
// Most generated articles start with a title, so that the parts after line 1 are reached.
const source = fc
  .tuple(fc.constantFrom(["= Title =", ""], ["= Title =", "", "Title"], []), fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"))
  .map(([head, lines, lineBreak]) => [...head, ...lines].join(lineBreak));

function spansHold(text: string, article: Article): void {
  for (const field of article.infobox) for (const value of field.values) expect(text.slice(value.start, value.end)).toBe(value.text);
  for (const sentence of article.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  for (const event of article.timeline) {
    expect(text.slice(event.start, event.end)).toBe(event.text);
    expect(text.slice(event.bodyStart, event.bodyEnd)).toBe(event.body);
  }
}

describe("parseArticle on arbitrary input", () => {
  let parsedArticles = 0;
  it("never throws, keeps every span a slice of the source, and places every problem inside the file", () => {
    fc.assert(
      fc.property(fc.oneof(source, fc.string({ maxLength: 300 })), (text) => {
        const { article, problems } = parseArticle(text);
        const lineCount = text.split("\n").length;
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
        const hasError = problems.some((problem) => problem.severity === "error");
        expect(article === null).toBe(hasError);
        if (article) {
          parsedArticles += 1;
          spansHold(text, article);
          const ids = [...article.sections, ...article.sentences, ...article.timeline].map((item) => item.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 2000, seed: 20_241_125 },
    );
    expect(parsedArticles).toBeGreaterThan(200); // the property was checked on real articles, not only on rejected input
  });
});

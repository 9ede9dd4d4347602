import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "./decode";
import { MAX_ARTICLE_BYTES } from "./limits";
import { parseArticle } from "./parse-article";
import { formatProblem, hasFormatErrors } from "./problems";
import type { Problem } from "./types";

const invalidFolder = new URL("../../tests/fixtures/content/invalid/", import.meta.url);

/** What a file reports: decoding first, then parsing (as scripts/content.ts does). */
function problemsOfFile(name: string): Problem[] {
  const decoded = decodeArticleBytes(new Uint8Array(fs.readFileSync(new URL(name, invalidFolder))));
  if (decoded.text === null) return decoded.problems;
  const parsed = parseArticle(decoded.text);
  expect(parsed.article).toBeNull();
  return parsed.problems;
}

const errorsOf = (problems: Problem[]) => problems.filter((problem) => problem.severity === "error");

describe("invalid fixtures", () => {
  const expected: [file: string, position: string, message: RegExp][] = [
    ["empty.txt", "1:1", /file is empty/],
    ["invalid-utf8.txt", "3:4", /invalid UTF-8: byte 0xFF/],
    ["no-title.txt", "1:1", /expected the title as "= Title =" on the first line, found "Mali War"/],
    ["unclosed-title.txt", "1:11", /title line is not closed/],
    ["infobox-line-without-colon.txt", "5:3", /infobox line has no ":" after its key; expected "- Key: Value"/],
    ["unclosed-heading.txt", "5:10", /heading is not closed; expected "==" at the end of the line: "==History=="/],
    ["mismatched-heading.txt", "8:16", /heading opens with 3 "=" but closes with 2; expected "===Early period==="/],
    ["undated-timeline-bullet.txt", "7:3", /timeline entry has no readable date/],
  ];

  it("has a test for every file in the folder", () => {
    expect(fs.readdirSync(invalidFolder).filter((name) => name.endsWith(".txt")).sort()).toEqual(expected.map(([file]) => file).sort());
  });

  it.each(expected)("%s reports its error at %s", (file, position, message) => {
    const errors = errorsOf(problemsOfFile(file));
    expect(errors).toHaveLength(1);
    expect(`${errors[0]?.line}:${errors[0]?.column}`).toBe(position);
    expect(errors[0]?.message).toMatch(message);
  });
});

describe("size limit", () => {
  it("rejects bytes over 5 MB before decoding", () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text).toBeNull();
    expect(decoded.problems).toEqual([expect.objectContaining({ severity: "error", line: 1, column: 1, message: expect.stringMatching(/at most 5 MB/) })]);
  });

  it("accepts exactly 5 MB", () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61);
    expect(decodeArticleBytes(bytes).problems).toEqual([]);
  });

  it("rejects a string whose UTF-8 encoding is over 5 MB, counting multi-byte characters", () => {
    const title = "= Big =\n\n";
    const fits = title + "é".repeat((MAX_ARTICLE_BYTES - title.length) / 2 - 1);
    expect(errorsOf(parseArticle(fits).problems)).toEqual([]);
    const tooBig = title + "é".repeat((MAX_ARTICLE_BYTES - title.length) / 2 + 1);
    expect(tooBig.length).toBeLessThan(MAX_ARTICLE_BYTES); // fewer characters than bytes
    expect(parseArticle(tooBig)).toEqual({ article: null, problems: [expect.objectContaining({ severity: "error", line: 1, column: 1 })] });
  });
});

describe("decodeArticleBytes", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], "= Ürümqi =\n"))).toEqual({ text: "= Ürümqi =\n", problems: [] });
  });

  it.each([
    ["a lone continuation byte", bytes("ab\ncd", [0x80]), "2:3"],
    ["a truncated sequence at the end", bytes("= T =\nx", [0xe2, 0x80]), "2:2"],
    ["an overlong encoding", bytes("ok ", [0xc0, 0xaf]), "1:4"],
    ["an encoded surrogate", bytes("é ", [0xed, 0xa0, 0x80]), "1:3"],
    ["an invalid byte after multi-byte characters on the same line", bytes("ا ب ", [0xff]), "1:5"],
    ["an invalid byte at the very start", bytes([0xff], "abc"), "1:1"],
  ])("reports %s at its line and column", (_label, input, position) => {
    const decoded = decodeArticleBytes(input);
    expect(decoded.text).toBeNull();
    expect(decoded.problems.map((problem) => `${problem.severity} ${problem.line}:${problem.column}`)).toEqual([`error ${position}`]);
  });
});

describe("other format errors", () => {
  const firstError = (source: string) => {
    const { article, problems } = parseArticle(source);
    expect(article).toBeNull();
    const error = errorsOf(problems)[0];
    return `${error?.line}:${error?.column} ${error?.message}`;
  };

  it("reports a whitespace-only file as empty", () => {
    expect(firstError(" \n\n\t\n")).toMatch(/^1:1 file is empty/);
  });

  it("reports a level-2 heading on line 1", () => {
    expect(firstError("==Title==\n\nText.")).toMatch(/^1:1 .*level-2 heading/);
  });

  it("reports a title closed with two '='", () => {
    expect(firstError("= Title ==\n")).toMatch(/^1:9 title line closes with 2 "="/);
  });

  it("reports a second '= X =' title", () => {
    expect(firstError("= Title =\n\nText.\n\n= Again =\n")).toMatch(/^5:1 a heading with one "=" is the article title/);
  });

  it("reports a heading without a title", () => {
    expect(firstError("= Title =\n\n====\n")).toMatch(/^3:1 heading has no title/);
  });

  it("reports an infobox line without a bullet", () => {
    expect(firstError("= Title =\n\nTitle\n- Key: Value\nCapital: Niani\n")).toMatch(/^5:1 expected an infobox line "- Key: Value"/);
  });

  it("reports an impossible timeline date and a date without its separator", () => {
    expect(firstError("= T =\n\n==Chronology==\n- 31 February 2010: Text.\n")).toMatch(/^4:3 .*day 31 does not exist in month 2 of 2010/);
    expect(firstError("= T =\n\n==Chronology==\n- 11 April 2007 Two car bombs.\n")).toMatch(/^4:16 .*expected ":" after the date "11 April 2007"/);
    expect(firstError("= T =\n\n==Timeline==\n- On 20 June 2020 militants.\n")).toMatch(/^4:18 .*expected "," after "On 20 June 2020"/);
    expect(firstError("= T =\n\n==Timeline==\n- 2013:\n")).toMatch(/^4:8 timeline entry has a date but no text after it/);
  });

  it("reports every error, not only the first, in source order", () => {
    const { problems } = parseArticle("= T =\n\n==A\n\n==Timeline==\n- Undated.\n\n===B==\n");
    expect(errorsOf(problems).map((problem) => `${problem.line}:${problem.column}`)).toEqual(["3:4", "6:3", "8:5"]);
  });

  it("accepts headings of any level up to 6 and spaces inside the '='", () => {
    const { article, problems } = parseArticle("= T =\n\n== A ==\n\n===B===\n\n====C====\nText.\n");
    expect(errorsOf(problems)).toEqual([]);
    expect(article?.sections.map((section) => `${section.level}:${section.path.join("/")}`)).toEqual(["1:", "2:A", "3:A/B", "4:A/B/C"]);
  });
});

describe("formatProblem", () => {
  it("prints file:line:col: severity: message", () => {
    const problem: Problem = { severity: "error", line: 5, column: 3, message: "infobox line has no colon" };
    expect(formatProblem("content/x.txt", problem)).toBe("content/x.txt:5:3: error: infobox line has no colon");
    expect(hasFormatErrors([problem])).toBe(true);
    expect(hasFormatErrors([{ ...problem, severity: "notice" }])).toBe(false);
  });
});

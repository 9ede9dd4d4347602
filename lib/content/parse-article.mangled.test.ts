// Mangled versions of real articles (cut, spliced, with format characters and bad bytes thrown in)
// must never crash the parser: each gives a model or problems with real line and column numbers.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "./decode";
import { parseArticle } from "./parse-article";

const root = path.resolve(__dirname, "../..");
const articles = [
  path.join(root, "content/al-qaeda-in-the-islamic-maghreb.txt"),
  path.join(root, "tests/fixtures/content/mali-empire.txt"),
  path.join(root, "tests/fixtures/content/mali-war.txt"),
].map((file) => fs.readFileSync(file));

const FORMAT_SNIPPETS = ["=", "==", "===", "\n", "\n- ", "- ", ":", "*", "**", "|", "| |", "(", ")", "–", "c. ", "On ", " to ", "20px", "\r\n", "\u0000", "\ufeff", "ت", "said:"];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...FORMAT_SNIPPETS), fc.string({ maxLength: 30 })) }),
  fc.record({ kind: fc.constant("bytes" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

type Mutation = { kind: string; at: number; length?: number; text?: string; bytes?: Uint8Array };

function mangle(original: Buffer, mutations: Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const change of mutations) {
    const at = Math.floor(change.at * bytes.length);
    if (change.kind === "delete") bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + (change.length ?? 0))]);
    else if (change.kind === "insert") bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.text ?? ""), bytes.subarray(at)]);
    else if (change.kind === "bytes") bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes ?? []), bytes.subarray(at)]);
    else bytes = bytes.subarray(0, at);
  }
  return new Uint8Array(bytes);
}

describe("parser against mangled articles", () => {
  it("never throws and reports problems inside the file", () => {
    fc.assert(
      fc.property(fc.nat({ max: articles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) => {
        const bytes = mangle(articles[index] ?? Buffer.alloc(0), mutations);
        const decoded = decodeArticleBytes(bytes);
        const problems = [...decoded.problems];
        let lineCount = 1;
        if (decoded.text !== null) {
          const result = parseArticle(decoded.text, { fileName: "mangled.txt" });
          problems.push(...result.problems);
          lineCount = decoded.text.split("\n").length;
          if (result.article) {
            for (const sentence of result.article.sentences) expect(decoded.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          } else {
            expect(result.problems.some((problem) => problem.severity === "error")).toBe(true);
          }
        } else {
          expect(problems.some((problem) => problem.severity === "error")).toBe(true);
        }
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          if (decoded.text !== null) expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  }, 120_000);
});

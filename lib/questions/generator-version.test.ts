import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { generateQuestions } from "./generate";
import { QUESTION_GENERATOR_VERSION } from "./generator-version";

// What the generators make of the test articles, as one digest each, recorded with the generator
// version. When generation changes, this fails: bump QUESTION_GENERATOR_VERSION (so that content
// sync regenerates stored banks) and record the digests printed in the failure.

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/content");

const RECORDED = {
  version: 4,
  banks: {
    "mali-empire.txt": "6ebc748752344b92",
    "mali-war.txt": "cc83b4117a6d4338",
  },
};

function bankDigest(fileName: string): string {
  const source = fs.readFileSync(path.join(FIXTURES, fileName), "utf8");
  const { article } = parseArticle(source, { fileName });
  if (!article) throw new Error(`${fileName} does not parse`);
  return crypto.createHash("sha256").update(JSON.stringify(generateQuestions(article, source))).digest("hex").slice(0, 16);
}

describe("the question generator's version", () => {
  it("changes whenever the questions generated for the test articles do", () => {
    const banks = Object.fromEntries(Object.keys(RECORDED.banks).map((fileName) => [fileName, bankDigest(fileName)]));
    expect(
      { version: QUESTION_GENERATOR_VERSION, banks },
      "the generated questions changed: bump QUESTION_GENERATOR_VERSION in lib/questions/generator-version.ts and record these digests",
    ).toEqual(RECORDED);
  });

  it("is the same from one run to the next (generation is deterministic)", () => {
    expect(bankDigest("mali-empire.txt")).toBe(bankDigest("mali-empire.txt"));
  });
});

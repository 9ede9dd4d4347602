import { describe, expect, it } from "vitest";
import { chooseNumberDistractors, findNumberMentions } from "./numbers";
import { createRandom } from "./seeded-random";

describe("findNumberMentions", () => {
  it("reads counts, money and percentages but not years or names", () => {
    const text = "In 2009 more than 30 people died; $50 million was raised; 90 per cent came from ransoms under Resolution 2100, and 3,000 fled.";
    expect(findNumberMentions(text, 0, []).map((mention) => mention.text)).toEqual(["30", "$50 million", "90 per cent", "3,000"]);
  });
});

describe("chooseNumberDistractors", () => {
  const [money, percent, decimal] = findNumberMentions("$50 million, 90 per cent, 4.25 grams", 0, []);

  it("writes wrong numbers like the answer", () => {
    for (let seed = 0; seed < 20; seed++) {
      const random = createRandom(seed);
      const wrongMoney = chooseNumberDistractors(money!, [], random);
      expect(wrongMoney).toHaveLength(3);
      for (const text of wrongMoney) expect(text).toMatch(/^\$\d+ million$/);
      expect(wrongMoney).not.toContain("$50 million");
      for (const text of chooseNumberDistractors(percent!, [], random)) {
        expect(text).toMatch(/^\d+ per cent$/);
        expect(Number(text.split(" ")[0])).toBeLessThan(100);
      }
      for (const text of chooseNumberDistractors(decimal!, [], random)) expect(text).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it("never offers a number the sentence already uses", () => {
    const [count] = findNumberMentions("killing 19", 0, []);
    for (let seed = 0; seed < 20; seed++) expect(chooseNumberDistractors(count!, [17, 21, 22], createRandom(seed))).not.toContain("17");
  });
});

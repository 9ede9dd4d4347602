import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import type { Article } from "./types";

function parseFixture(name: string) {
  const source = fs.readFileSync(new URL(`../../tests/fixtures/content/${name}`, import.meta.url), "utf8");
  const result = parseArticle(source, { fileName: `tests/fixtures/content/${name}` });
  if (!result.article) throw new Error(`format errors in ${name}: ${JSON.stringify(result.problems)}`);
  return { source, article: result.article as Article, problems: result.problems };
}

const valuesOf = (article: Article, key: string) =>
  article.infobox.find((field) => field.key === key)?.values.map((value) => ({ text: value.text, depth: value.depth, period: value.period }));

describe("mali-empire.txt (an empire with rulers and a Chronology)", () => {
  const { article, problems } = parseFixture("mali-empire.txt");

  it("reports only the missing quotation, as a notice", () => {
    expect(problems.map((problem) => `${problem.severity} ${problem.line}:${problem.column}`)).toEqual(["notice 38:446"]);
    expect(article.sentences.filter((sentence) => sentence.damaged).map((sentence) => sentence.text)).toEqual(["One of them said:"]);
  });

  it("reads rulers with approximate periods, predecessors and successors", () => {
    expect(valuesOf(article, "Rulers")?.[0]).toEqual({ text: "Sundiata Keita", depth: 0, period: { from: 1235, to: 1255, text: "c. 1235–1255", approximate: true } });
    expect(valuesOf(article, "Rulers")?.[1]).toEqual({ text: "Mansa Uli", depth: 0, period: undefined });
    expect(valuesOf(article, "Predecessor")?.map((value) => value.text)).toEqual(["Sosso Kingdom", "Ghana Empire"]);
    expect(valuesOf(article, "Successor")?.[0]).toEqual({ text: "Songhai Empire", depth: 0, period: { from: 1430, to: 1591, text: "1430s–1591", approximate: true } });
    expect(valuesOf(article, "Capital")?.map((value) => value.text)).toEqual(["Niani (disputed)", "Dakajalan"]);
    expect(valuesOf(article, "Tributary States")?.map((value) => value.text)).toEqual(["Jolof", "Takrur"]);
    expect(valuesOf(article, "Opponents")?.[2]).toEqual({ text: "Sonni Ali", depth: 1, period: { from: 1464, to: 1492, text: "1464–1492" } });
  });

  it("reads the Chronology as a timeline and the Rulers list as plain list items", () => {
    expect(article.timeline.map((event) => event.dateText)).toEqual([
      "c. 1235", "1255", "1324–1325", "1327", "1352–1353", "1375", "1433", "1468", "1599", "c. 1610",
    ]);
    expect(article.timeline[0]?.date).toEqual({ year: 1235, approximate: true });
    expect(article.timeline.find((event) => event.dateText === "1468")?.body).toBe("Sonni Ali of Songhai captures Timbuktu.");
    const rulers = article.sentences.filter((sentence) => sentence.sectionId === "sec-rulers");
    expect(rulers).toHaveLength(6);
    expect(rulers[0]?.text).toBe("Sundiata Keita, founder of the empire (c. 1235–1255)");
  });

  it("keeps abbreviations and initials inside their sentences", () => {
    const texts = article.sentences.map((sentence) => sentence.text);
    expect(texts).toContain("The epic of Sundiata, written down by the historian D. T. Niane in 1960, is the best-known version of that tradition.");
    expect(texts).toContain("Some historians, among them J. O. Hunwick, have cautioned that the surviving accounts of that assembly were shaped by later retellings.");
    expect(texts).toContain("Gold in the region was weighed in mithqals, a unit of about 4.25 grams.");
    expect(texts[0]).toBe("The Mali Empire (Manding: Manden Kurufaba; Arabic: مالي) was a West African empire centred on the upper Niger River that lasted from c. 1235 to c. 1610.");
  });
});

describe("mali-war.txt (a war with belligerents and a Timeline)", () => {
  const { article, problems } = parseFixture("mali-war.txt");

  it("reports only the missing quotation before a heading, as a notice", () => {
    expect(problems.map((problem) => `${problem.severity} ${problem.line}:${problem.column}`)).toEqual(["notice 31:266"]);
    const damaged = article.sentences.filter((sentence) => sentence.damaged);
    expect(damaged.map((sentence) => [sentence.sectionId, sentence.text])).toEqual([
      ["sec-course-of-the-war--french-intervention", "Speaking to reporters about the offensive, a senior French officer said:"],
    ]);
  });

  it("reads belligerents and opponents with their nesting and periods", () => {
    expect(valuesOf(article, "Belligerents")?.map((value) => `${value.depth}:${value.text}:${value.period?.text ?? ""}`)).toEqual([
      "0:Mali:", "1:Malian Armed Forces:", "0:France:2013–2022", "1:Operation Serval:2013–2014", "1:Operation Barkhane:2014–2022",
      "0:MINUSMA:2013–2023", "0:ECOWAS:", "1:AFISMA:2013",
    ]);
    expect(valuesOf(article, "Opponents")?.filter((value) => value.depth === 2).map((value) => value.text)).toEqual(["Macina Liberation Front", "Al-Mourabitoun"]);
    expect(valuesOf(article, "Commanders")).toHaveLength(6);
    expect(valuesOf(article, "Troop Contributors")?.map((value) => value.text)).toEqual(["FRA", "TCD", "NER", "SEN", "TGO"]);
    expect(valuesOf(article, "Strength")?.map((value) => value.text)).toEqual(["About 4,000 French troops in early 2013", "15,000 MINUSMA personnel"]);
  });

  it("reads every timeline shape it uses", () => {
    const byDate = new Map(article.timeline.map((event) => [event.dateText, event]));
    expect(byDate.get("22 March 2012")?.body).toBe("soldiers seize the presidential palace in Bamako.");
    expect(byDate.get("January 11, 2013")?.date).toEqual({ year: 2013, month: 1, day: 11 });
    expect(byDate.get("26–28 January 2013")?.date).toEqual({ year: 2013, month: 1, day: 26, endDay: 28 });
    expect(byDate.get("29 to 30 January 2013")?.date).toEqual({ year: 2013, month: 1, day: 29, endDay: 30 });
    expect(byDate.get("Mid-2012")?.date).toEqual({ year: 2012, approximate: true, qualifier: "mid" });
    expect(byDate.get("Late 2021")?.date).toEqual({ year: 2021, approximate: true, qualifier: "late" });
    expect(byDate.get("2015")?.date).toEqual({ year: 2015 });
    expect(article.timeline).toHaveLength(19);
  });

  it("keeps abbreviations, decimals and a.m. inside their sentences", () => {
    const texts = article.sentences.map((sentence) => sentence.text);
    expect(texts).toContain("Soldiers led by Capt. Amadou Haya Sanogo removed President Amadou Toumani Touré, two months before the end of his term.");
    expect(texts).toContain("Gen. Carter Ham, then head of U.S. Africa Command, had warned in 2012 of links between jihadist groups in the region.");
    expect(texts).toContain("Ibrahim Boubacar Keïta won the second round with about 77.6 per cent of the vote.");
    expect(texts).toContain("Col. Assimi Goïta led the coup that removed President Keïta in August 2020.");
    expect(texts).toContain("20 November 2015: Gunmen attack the Radisson Blu hotel in Bamako at about 7 a.m. local time and take guests hostage.");
  });
});

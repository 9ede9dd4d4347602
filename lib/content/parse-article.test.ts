import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import type { Article, InfoboxField, Sentence } from "./types";

const source = fs.readFileSync(new URL("../../content/al-qaeda-in-the-islamic-maghreb.txt", import.meta.url), "utf8");
const result = parseArticle(source, { fileName: "content/al-qaeda-in-the-islamic-maghreb.txt" });
const article = result.article as Article;

function field(key: string): InfoboxField {
  const found = article.infobox.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no infobox field ${key}`);
  return found;
}

const texts = (key: string) => field(key).values.map((value) => value.text);

function sentenceContaining(fragment: string): Sentence {
  const matches = article.sentences.filter((sentence) => sentence.text.includes(fragment));
  if (matches.length !== 1) throw new Error(`${matches.length} sentences contain ${JSON.stringify(fragment)}`);
  return matches[0] as Sentence;
}

describe("parseArticle on the first article", () => {
  it("parses without errors and reports exactly the three damaged spots as notices", () => {
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.problems.map(({ severity, line, column }) => `${severity} ${line}:${column}`)).toEqual([
      "notice 6:11", // Active: –present
      "notice 36:320", // the colon of "Omar Ould Hamaha said:"
      "notice 90:296", // the full stop of "9 December. 2013"
    ]);
    expect(result.problems[1]?.message).toContain("Omar Ould Hamaha said:");
  });

  it("reads title, slug and content hash", () => {
    expect(article.title).toBe("Al-Qaeda in the Islamic Maghreb");
    expect(article.slug).toBe("al-qaeda-in-the-islamic-maghreb");
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads the infobox keys in order", () => {
    expect(article.infobox.map((candidate) => candidate.key)).toEqual([
      "Native Name Lang", "War", "Active", "Ideology", "Clans", "Leaders", "Area", "Size", "Allies", "Successor",
      "Opponents", "Battles", "Predecessor", "Designated As Terror Group By",
    ]);
    expect(field("War").line).toBe(5);
    expect(source.slice(field("War").start, field("War").end)).toBe(
      "- War: Insurgency in the Maghreb (2002–present) and the Global War on Terrorism",
    );
  });

  it("drops the image-size token and moves trailing periods out of the text, keeping other parentheses", () => {
    const allies = field("Allies").values;
    expect(allies[0]).toMatchObject({ text: "Ansar al-Sharia (Libya)", depth: 0, period: { from: 2012, to: 2017, text: "2012–2017" } });
    expect(allies.find((value) => value.text === "Ansaru")?.period).toEqual({ from: 2012, to: 2017, text: "2012–2017" });
    expect(allies.find((value) => value.text === "Ansar al-Sharia (Tunisia)")?.period?.from).toBe(2011);
    expect(allies.at(-1)).toMatchObject({ text: "Al-Mulathameen", depth: 0 });
    expect(allies.at(-1)?.period).toBeUndefined();
    expect(texts("Allies")).toHaveLength(9);
    expect(texts("Allies").some((text) => text.includes("20px"))).toBe(false);
  });

  it("reads a hyphenated period and an open-ended one", () => {
    expect(field("Clans").values).toEqual([
      expect.objectContaining({ text: "Al-Mourabitoun", period: { from: 2015, to: 2017, text: "2015-2017" } }),
    ]);
    const battles = field("Battles").values;
    expect(battles[2]).toMatchObject({ text: "Somali Civil War", depth: 1, period: { from: 2009, to: null, text: "2009–present" } });
    expect(battles.at(-1)).toMatchObject({ text: "Libyan civil war", depth: 0, period: { from: 2014, to: 2020 } });
  });

  it("splits 'X (period) and Y' into two values", () => {
    expect(field("War").values).toEqual([
      expect.objectContaining({ text: "Insurgency in the Maghreb", period: { from: 2002, to: null, text: "2002–present" } }),
      expect.objectContaining({ text: "the Global War on Terrorism", depth: 0 }),
    ]);
  });

  it("keeps a range without a start as a damaged value", () => {
    expect(field("Active").values).toEqual([expect.objectContaining({ text: "–present", damaged: "range without a start year" })]);
    expect(field("Active").values[0]?.period).toBeUndefined();
  });

  it("does not split numbers on their thousands commas", () => {
    expect(texts("Size")).toEqual(["3,000–10,000 Between 2007 and 2014", "5,000 in Libya (2018 estimate)"]);
    expect(field("Size").valueText).toBe("3,000–10,000 Between 2007 and 2014, 5,000 in Libya (2018 estimate)");
  });

  it("turns nesting stars into depth and keeps country codes as written", () => {
    const opponents = field("Opponents").values;
    expect(opponents.slice(0, 3).map((value) => value.text)).toEqual(["DZA", "NIG", "MRT"]);
    expect(opponents.map((value) => `${value.depth}:${value.text}`).slice(14)).toEqual([
      "0:Islamic State", "1:Libya Province", "2:Tripolitania Province", "2:Fezzan Province", "2:Cyrenaica Province",
      "1:Tunisia Province", "1:Algeria Province",
    ]);
  });

  it("drops empty pipe cells", () => {
    expect(texts("Designated As Terror Group By")).toEqual(["USA", "GBR", "FRA", "RUS", "CHN", "JPN", "CAN", "AUS", "NZL", "UAE", "MYS"]);
  });

  it("builds the section tree with the lead first", () => {
    expect(article.sections.map((section) => `${section.level} ${section.path.join(" > ") || "(lead)"}`)).toEqual([
      "1 (lead)",
      "2 Name",
      "2 History",
      "3 History > Alleged prejudice",
      "2 Leadership",
      "2 International links",
      "2 Statements",
      "2 Timeline of attacks",
      "3 Timeline of attacks > 2007–09",
      "3 Timeline of attacks > 2010–12",
      "3 Timeline of attacks > 2013–2015",
      "3 Timeline of attacks > 2016–2018",
      "3 Timeline of attacks > 2019–present",
      "2 See also",
    ]);
    const lead = article.sections[0];
    expect(lead).toMatchObject({ id: "lead", title: article.title, level: 1, path: [], parentId: null, start: 0 });
    const prejudice = article.sections.find((section) => section.title === "Alleged prejudice");
    expect(prejudice).toMatchObject({ id: "sec-history--alleged-prejudice", parentId: "sec-history" });
    const history = article.sections.find((section) => section.title === "History");
    // A section's region contains its subsections and stops at the next level-2 heading.
    expect(source.slice(history?.start, history?.end)).toContain("===Alleged prejudice===");
    expect(source.slice(history?.start, history?.end).trimEnd().endsWith('our black brothers, Peuls, Bambaras and Songhai".')).toBe(true);
    expect(lead?.end).toBe(source.indexOf("==Name=="));
    expect(article.sections.at(-1)?.end).toBe(source.length);
  });

  it("splits the lead into sentences, keeping non-Latin script and parentheses inside them", () => {
    const lead = article.sentences.filter((sentence) => sentence.sectionId === "lead");
    expect(lead).toHaveLength(9);
    expect(lead[0]?.text.startsWith("al-Qaeda in the Lands of the Islamic Maghreb (تنظيم القاعدة")).toBe(true);
    expect(lead[0]?.text.endsWith("active in North Africa.")).toBe(true);
    expect(lead[1]?.text).toBe("To that end, it was then engaged in an insurgency campaign in the Maghreb and Sahel regions.");
    expect(lead.every((sentence) => sentence.kind === "prose")).toBe(true);
  });

  it("does not end sentences at U.S.", () => {
    expect(sentenceContaining("senior U.S. intelligence").text).toBe(
      "The Washington Times, in an article based on a senior U.S. intelligence official source, claimed a day later that the incident was not related to bubonic plague, but was an accident involving either a biological or chemical agent.",
    );
    expect(sentenceContaining("U.S. Army General Carter Ham").text.startsWith("According to U.S. Army General Carter Ham, Al-Qaeda")).toBe(true);
  });

  it("ends a sentence after a closing quotation mark, not inside the quotation", () => {
    expect(sentenceContaining("claimed that AQIM was clearly racist").text).toBe(
      'The NCTC maintained that some recruits "claimed that AQIM was clearly racist against some black members from West Africa because they were only sent against lower-level targets."',
    );
    expect(sentenceContaining("The bulletin goes on").text.startsWith("The bulletin goes on to say")).toBe(true);
  });

  it("ends a sentence before a digit", () => {
    expect(sentenceContaining("taking a total of 126 hostages").text.endsWith("126 hostages.")).toBe(true);
    expect(sentenceContaining("200 km to the north").text.startsWith("200 km to the north, Australian couple")).toBe(true);
    expect(sentenceContaining("6 assailants").text).toBe("6 assailants were also killed.");
  });

  it("marks the sentence that introduces a missing quotation as damaged", () => {
    const said = sentenceContaining("Omar Ould Hamaha said:");
    expect(said).toMatchObject({ text: "Omar Ould Hamaha said:", sectionId: "sec-history", damaged: "introduces a quotation that is missing" });
    // The colon inside "He explained their strategy: "..."" is followed by its quotation: not damaged.
    expect(sentenceContaining("He explained their strategy").damaged).toBeUndefined();
    expect(article.sentences.filter((sentence) => sentence.damaged).map((sentence) => sentence.damaged)).toEqual([
      "introduces a quotation that is missing",
      'stray full stop inside the date "9 December. 2013"',
    ]);
  });

  it("keeps '9 December. 2013.' inside one sentence and marks it", () => {
    const released = sentenceContaining("Serge Lazarevic");
    expect(released.text).toBe("French hostage Serge Lazarevic was released on 9 December. 2013.");
    expect(released.kind).toBe("list-item");
    expect(article.sentences.some((sentence) => sentence.text === "2013.")).toBe(false);
  });

  it("splits list items into sentences, the first keeping the date prefix", () => {
    const event = article.timeline.find((candidate) => candidate.dateText === "11 April 2007");
    const sentences = event?.sentenceIds.map((id) => article.sentences.find((sentence) => sentence.id === id)?.text);
    expect(sentences).toEqual([
      "11 April 2007: Two car bombs were detonated by the group.",
      "One was close to the Prime Minister's office in Algiers and the blast killed more than 30 people and wounded more than 150.",
    ]);
  });

  it("reads every bullet under the timeline heading as a dated event, and no other bullet", () => {
    expect(article.timeline).toHaveLength(23);
    expect(new Set(article.timeline.map((event) => event.sectionId))).toEqual(
      new Set(["sec-timeline-of-attacks--2007-09", "sec-timeline-of-attacks--2010-12", "sec-timeline-of-attacks--2013-2015", "sec-timeline-of-attacks--2016-2018", "sec-timeline-of-attacks--2019-present"]),
    );
    const seeAlso = article.sentences.filter((sentence) => sentence.sectionId === "sec-see-also");
    expect(seeAlso.map((sentence) => sentence.text)).toEqual(["Infiltration of terrorist groups", "Insurgency in the Maghreb (2002–present)", "Jund al-Khilafah"]);
    expect(seeAlso.every((sentence) => sentence.kind === "list-item")).toBe(true);
  });

  it("reads each timeline date shape", () => {
    const byDate = (dateText: string) => {
      const event = article.timeline.find((candidate) => candidate.dateText === dateText);
      if (!event) throw new Error(`no event dated ${dateText}`);
      return event;
    };
    expect(byDate("11 April 2007")).toMatchObject({ date: { year: 2007, month: 4, day: 11 }, body: expect.stringMatching(/^Two car bombs/) });
    expect(byDate("February 2008").date).toEqual({ year: 2008, month: 2 });
    expect(byDate("20 June 2020")).toMatchObject({ date: { year: 2020, month: 6, day: 20 }, body: expect.stringMatching(/^militants ambushed/) });
    expect(byDate("January 14, 2021")).toMatchObject({ date: { year: 2021, month: 1, day: 14 }, body: "five people were killed in the Oueid Khenig-Roum bombing." });
    expect(byDate("25 to 26 February 2022")).toMatchObject({ date: { year: 2022, month: 2, day: 25, endDay: 26 }, body: expect.stringMatching(/^France anti-jihadist/) });
    const first = byDate("11 April 2007");
    expect(first.text.startsWith("11 April 2007: Two car bombs")).toBe(true);
    expect(first.bodyStart - first.start).toBe("11 April 2007: ".length);
    const on = byDate("20 June 2020");
    expect(on.bodyStart - on.start).toBe("On 20 June 2020, ".length);
  });

  it("keeps the timeline in document order", () => {
    const years = article.timeline.map((event) => event.date.year);
    expect(years[0]).toBe(2007);
    expect(years.at(-1)).toBe(2024);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it("counts every sentence of prose and every list item", () => {
    expect(article.sentences).toHaveLength(109);
    expect(article.sentences.filter((sentence) => sentence.kind === "list-item")).toHaveLength(55);
  });
});

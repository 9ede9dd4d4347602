import { describe, expect, it } from "vitest";
import { infoboxRows, nativeNameLanguage } from "./infobox-display";
import { parseArticle } from "./parse-article";

function rowsOf(fieldLines: string[]) {
  const { article } = parseArticle(["= Example =", "", "Example", ...fieldLines, "", "Example is an example."].join("\n"));
  if (!article) throw new Error("the example does not parse");
  return infoboxRows(article.infobox);
}

const shown = (rows: ReturnType<typeof rowsOf>) => rows.map((row) => [row.key, row.values.map((value) => value.text)]);

describe("infoboxRows", () => {
  it("turns a language field into the language of the field it names, not a row", () => {
    const rows = rowsOf(["- Native Name: تنظيم القاعدة, القاعدة", "- Native Name Lang: ar", "- Ideology: Salafist jihadism"]);
    expect(shown(rows)).toEqual([
      ["Native Name", ["تنظيم القاعدة", "القاعدة"]],
      ["Ideology", ["Salafist jihadism"]],
    ]);
    expect(rows[0]?.values.map((value) => value.lang)).toEqual(["ar", "ar"]);
    expect(rows[1]?.values[0]?.lang).toBeUndefined();
  });

  it("reads wiki-style keys and canonicalises the tag", () => {
    const rows = rowsOf(["- native_name_lang: ZH-hant", "- native_name: 中華民國"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values[0]?.lang).toBe("zh-Hant");
  });

  it("drops a language field even when the field it names is missing", () => {
    expect(shown(rowsOf(["- Native Name Lang: ar", "- Founded: 1998"]))).toEqual([["Founded", ["1998"]]]);
  });

  it("keeps a row whose key ends in Lang but whose value is not a language tag", () => {
    expect(shown(rowsOf(["- Name Lang: Arabic and French"]))).toEqual([["Name Lang", ["Arabic and French"]]]);
  });

  it("does not print a dangling en dash for a range that lost one end", () => {
    const rows = rowsOf(["- Active: –present", "- Years: -2017", "- Operations: 2002–", "- War: Insurgency in the Maghreb (2002–present)"]);
    expect(shown(rows)).toEqual([
      ["Active", ["ongoing (start date not given)"]],
      ["Years", ["until 2017 (start date not given)"]],
      ["Operations", ["from 2002 (end date not given)"]],
      ["War", ["Insurgency in the Maghreb"]],
    ]);
    expect(rows[0]?.values[0]?.damaged).toBe("range without a start year");
    expect(rows[3]?.values[0]?.periodText).toBe("2002–present");
  });

  it("leaves out a value that is only a dash, and a row with nothing left to show", () => {
    expect(shown(rowsOf(["- Active: –", "- Allies: Ansaru, –", "- Status: Ongoing"]))).toEqual([
      ["Allies", ["Ansaru"]],
      ["Status", ["Ongoing"]],
    ]);
  });
});

describe("nativeNameLanguage", () => {
  it("is the language of the native name, even when the native name itself is missing", () => {
    const { article } = parseArticle(["= Example =", "", "Example", "- Native Name Lang: ar", "- Active: 1998", "", "Example is an example."].join("\n"));
    expect(nativeNameLanguage(article?.infobox ?? [])).toBe("ar");
    expect(nativeNameLanguage([])).toBeUndefined();
  });
});

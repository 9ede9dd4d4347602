import { describe, expect, it } from "vitest";
import { splitScriptRuns } from "./script-runs";

describe("splitScriptRuns", () => {
  it("isolates a right-to-left run and labels it with the native-name language when it is in that language's script", () => {
    expect(splitScriptRuns("al-Qaeda (تنظيم القاعدة في بلاد المغرب الإسلامي, l'Organisation)", "ar")).toEqual([
      { text: "al-Qaeda (" },
      { text: "تنظيم القاعدة في بلاد المغرب الإسلامي", script: "Arab", lang: "ar", dir: "rtl" },
      { text: ", l'Organisation)" },
    ]);
  });

  it("gives no language to a run in another script, or when the article names none", () => {
    expect(splitScriptRuns("Mali (Arabic: مالي) or Москва", "zh-Hant")).toEqual([
      { text: "Mali (Arabic: " },
      { text: "مالي", script: "Arab", dir: "rtl" },
      { text: ") or " },
      { text: "Москва", script: "Cyrl" },
    ]);
    expect(splitScriptRuns("中華民國 was founded", "zh-Hant")[0]).toEqual({ text: "中華民國", script: "Hani", lang: "zh-Hant" });
  });

  it("keeps a right-to-left phrase with dashes, digits or punctuation between its words as one run", () => {
    expect(splitScriptRuns("was called جبهة الساحل - الصحراء by its members", "ar")).toEqual([
      { text: "was called " },
      { text: "جبهة الساحل - الصحراء", script: "Arab", lang: "ar", dir: "rtl" },
      { text: " by its members" },
    ]);
    expect(splitScriptRuns("Its Hebrew name was אל-קאעידה במגרב 2007 in the press.")).toEqual([
      { text: "Its Hebrew name was " },
      { text: "אל-קאעידה במגרב", script: "Hebr", dir: "rtl" },
      { text: " 2007 in the press." },
    ]);
  });

  it("leaves Latin text whole, accents included", () => {
    expect(splitScriptRuns("Groupe Salafiste pour la Prédication et le Combat", "ar")).toEqual([{ text: "Groupe Salafiste pour la Prédication et le Combat" }]);
    expect(splitScriptRuns("", "ar")).toEqual([{ text: "" }]);
  });
});

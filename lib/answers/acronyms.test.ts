import { describe, expect, it } from "vitest";
import { acronymVariants, findAcronymDefinitions, spellsAcronym } from "./acronyms";

const pairs = (text: string) => findAcronymDefinitions(text).map((definition) => [definition.acronym, definition.expansion]);

describe("findAcronymDefinitions", () => {
  it("reads 'Long Form (ACR)' in order, skipping function words and hyphen parts", () => {
    expect(pairs("It was killed by an improvised explosive device (IED) near the town.")).toEqual([["IED", "improvised explosive device"]]);
    expect(pairs("often shortened to Al-Qaeda in the Islamic Maghreb (AQIM, from French)")).toEqual([["AQIM", "Al-Qaeda in the Islamic Maghreb"]]);
    expect(pairs("merged into Jama'at Nasr al-Islam wal Muslimin (JNIM).")).toEqual([["JNIM", "Jama'at Nasr al-Islam wal Muslimin"]]);
  });

  it("accepts a translated name whose initials are a permutation of the acronym", () => {
    expect(pairs("The group originated as the Salafist Group for Preaching and Combat (GSPC).")).toEqual([
      ["GSPC", "Salafist Group for Preaching and Combat"],
    ]);
  });

  it("reads 'ACR (Long Form)' and 'Long Form (...), or ACR'", () => {
    expect(pairs("the French acronym GSPC (Groupe Salafiste pour la Prédication et le Combat)")).toEqual([
      ["GSPC", "Groupe Salafiste pour la Prédication et le Combat"],
    ]);
    expect(pairs("al-Qaeda in the Lands of the Islamic Maghreb (Arabic name), or AQIM, is a group.")).toEqual([
      ["AQIM", "al-Qaeda in the Lands of the Islamic Maghreb"],
    ]);
  });

  it("ignores parentheses that do not define the words before them", () => {
    expect(pairs("He met the envoys (USA) in Paris.")).toEqual([]);
    expect(pairs("Ansar Dine (2012–2017) fought in Mali (AFP).")).toEqual([]);
  });

  it("reports offsets into the searched text", () => {
    const text = "Their IED rule: improvised explosive device (IED).";
    const [definition] = findAcronymDefinitions(text);
    expect(definition).toBeDefined();
    expect(text.slice(definition!.expansionStart, definition!.expansionEnd)).toBe("improvised explosive device");
    expect(text.slice(definition!.acronymStart, definition!.acronymStart + 3)).toBe("IED");
  });
});

describe("acronymVariants", () => {
  const definitions = findAcronymDefinitions("originated as the Salafist Group for Preaching and Combat (GSPC).");
  it("offers the acronym for the long form and the long form for the acronym", () => {
    expect(acronymVariants("Salafist Group for Preaching and Combat", definitions)).toEqual(["GSPC"]);
    expect(acronymVariants("GSPC", definitions)).toEqual(["Salafist Group for Preaching and Combat"]);
    expect(acronymVariants("Mali", definitions)).toEqual([]);
  });
});

describe("spellsAcronym", () => {
  it("takes a second transliteration of a name as another long form of its acronym", () => {
    expect(spellsAcronym("Harakat Nasr al-Din wal Muslimin", "HNDM")).toBe(true);
    expect(spellsAcronym("Haraka Nusrat al-Din wa al-Muslimin", "HNDM")).toBe(true);
  });

  it("needs every content word, and three letters or more", () => {
    expect(spellsAcronym("Harakat Nasr al-Din wal Muslimin of the South", "HNDM")).toBe(false);
    expect(spellsAcronym("Harakat Nasr Muslimin", "HNDM")).toBe(false);
    expect(spellsAcronym("Islamic State", "IS")).toBe(false);
  });
});

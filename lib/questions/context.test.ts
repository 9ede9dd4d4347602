import { describe, expect, it } from "vitest";
import { areAliases, soundSkeleton } from "./context";

describe("areAliases", () => {
  it("takes variant spellings of one place as the same name", () => {
    expect(areAliases("Timbuktu", "Timbuctoo", "place")).toBe(true);
    expect(areAliases("Qaida", "Kaida", "organisation")).toBe(true);
  });

  it("keeps different places apart", () => {
    expect(areAliases("Timbuktu", "Tipaza", "place")).toBe(false);
    expect(areAliases("Algeria", "Nigeria", "place")).toBe(false);
    expect(areAliases("Mali", "Malta", "place")).toBe(false);
  });

  it("builds the consonant skeleton the comparison uses", () => {
    expect(soundSkeleton("timbuctoo")).toBe("tmbkt");
    expect(soundSkeleton("timbuktu")).toBe("tmbkt");
  });
});

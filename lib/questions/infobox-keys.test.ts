import { describe, expect, it } from "vitest";
import { normaliseKey, profileForKey } from "./infobox-keys";

describe("profileForKey", () => {
  it("finds known keys whatever their case, spacing or plural", () => {
    expect(normaliseKey("Designated_As  Terror Group By")).toBe("designated as terror group by");
    expect(profileForKey("Allies").plural).toBe("allies");
    expect(profileForKey("leader").style).toBe("membership");
    expect(profileForKey("Predecessor").contrast).toEqual(["successor"]);
    expect(profileForKey("Native Name Lang").style).toBe("skip");
    expect(profileForKey("Established").style).toBe("date");
  });

  it("falls back to generic wording for unknown keys", () => {
    const profile = profileForKey("Clans");
    expect(profile.fallback).toBe(true);
    expect(profile.membershipPrompt).toBe("Which of these is listed under “Clans” for {S}?");
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex, shortHash } from "./hash";
import { slugify } from "./slug";

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("matches the published test vector for %j", (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it("matches node:crypto on inputs around the 64-byte block boundaries and on non-ASCII text", () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const text = "x".repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
    const mixed = "Ürümqi تنظيم القاعدة 🌍 – present";
    expect(sha256Hex(mixed)).toBe(createHash("sha256").update(mixed, "utf8").digest("hex"));
  });
});

describe("shortHash", () => {
  it("gives 8 hex digits that depend on every character", () => {
    expect(shortHash("Two car bombs.")).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash("Two car bombs.")).toBe(shortHash("Two car bombs."));
    expect(shortHash("Two car bombs.")).not.toBe(shortHash("Two car bombs!"));
    expect(shortHash("")).toBe("811c9dc5"); // the FNV-1a offset basis
  });
});

describe("slugify", () => {
  it.each([
    ["Al-Qaeda in the Islamic Maghreb", "al-qaeda-in-the-islamic-maghreb"],
    ["Mali Empire", "mali-empire"],
    ["Jama'at Nasr al-Islam wal-Muslimin", "jamaat-nasr-al-islam-wal-muslimin"],
    ["Ürümqi riots (2009)", "urumqi-riots-2009"],
    ["Assimi Goïta", "assimi-goita"],
    ["Straße & Øresund", "strasse-oresund"],
    ["2007–09", "2007-09"],
    ["  --Odd   spacing--  ", "odd-spacing"],
    ["تنظيم القاعدة", ""],
  ])("%j -> %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

import { describe, expect, it } from "vitest";
import commonPasswordsFile from "./common-passwords.json";
import { isCommonPassword, newPasswordSchema } from "./password-policy";

function errorsFor(password: unknown): string[] {
  const result = newPasswordSchema.safeParse(password);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("isCommonPassword", () => {
  it("finds the most common and the 10,000th most common password", () => {
    expect(isCommonPassword("123456")).toBe(true);
    expect(isCommonPassword(commonPasswordsFile.passwords[9_999] ?? "missing")).toBe(true);
  });

  it("ignores case", () => {
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("BASEBALL")).toBe(true);
  });

  it("does not flag an unusual password", () => {
    expect(isCommonPassword("harbour-lantern-quietly-93")).toBe(false);
  });

  it("holds exactly 10,000 passwords in rank order", () => {
    expect(commonPasswordsFile.passwords).toHaveLength(10_000);
    expect(commonPasswordsFile.passwords.slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });
});

describe("newPasswordSchema", () => {
  it("accepts an 8-character uncommon password", () => {
    expect(errorsFor("tq8#Lm2z")).toEqual([]);
  });

  it("rejects 7 characters, saying the minimum", () => {
    expect(errorsFor("tq8#Lm2")).toEqual(["Password must be at least 8 characters"]);
  });

  it("rejects a common password of sufficient length", () => {
    expect(errorsFor("password1")).toEqual([
      "This password is one of the 10,000 most common passwords; choose one that is harder to guess",
    ]);
    expect(errorsFor("Football")).toHaveLength(1);
  });

  it("rejects more than 128 characters", () => {
    expect(errorsFor("x".repeat(128) + "y").join()).toContain("at most 128");
    expect(errorsFor("xq".repeat(64))).toEqual([]);
  });

  it("explains a missing or non-text password", () => {
    expect(errorsFor(undefined)).toEqual(["Enter a password"]);
    expect(errorsFor(12345678)).toEqual(["Password must be text"]);
  });
});

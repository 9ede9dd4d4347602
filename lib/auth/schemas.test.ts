import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signInSchema } from "./sign-in-schema";
import { signUpSchema } from "./sign-up-schema";

const valid = { name: "Ana Lima", email: "ana@example.com", password: "harbour-lantern-93" };

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  const errors: Record<string, string[]> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("signUpSchema", () => {
  it("normalises the email (trim, lowercase) and trims the name, not the password", () => {
    const parsed = signUpSchema.parse({ name: "  Ana Lima ", email: "  Ana@Example.COM ", password: " harbour-lantern-93 " });
    expect(parsed).toEqual({ name: "Ana Lima", email: "ana@example.com", password: " harbour-lantern-93 " });
  });

  it("names each missing field", () => {
    expect(fieldErrors(signUpSchema, {})).toEqual({
      name: ["Enter your name"],
      email: ["Enter your email address"],
      password: ["Enter a password"],
    });
  });

  it("rejects blank and overlong fields", () => {
    expect(fieldErrors(signUpSchema, { ...valid, name: "   " })).toEqual({ name: ["Enter your name"] });
    expect(fieldErrors(signUpSchema, { ...valid, name: "n".repeat(101) })).toEqual({ name: ["Name must be at most 100 characters"] });
    const longEmail = `${"a".repeat(250)}@example.com`;
    expect(fieldErrors(signUpSchema, { ...valid, email: longEmail }).email?.[0]).toBe("Email must be at most 254 characters");
    expect(fieldErrors(signUpSchema, { ...valid, email: "   " })).toEqual({ email: ["Enter your email address"] });
  });

  it("rejects an address without a domain", () => {
    expect(fieldErrors(signUpSchema, { ...valid, email: "ana@" })).toEqual({ email: ["Enter an email address like name@example.com"] });
  });

  it("rejects names with line breaks and fields of the wrong type", () => {
    expect(fieldErrors(signUpSchema, { ...valid, name: "Ana\nLima" })).toEqual({ name: ["Name must not contain line breaks or control characters"] });
    expect(fieldErrors(signUpSchema, { ...valid, email: 42, name: ["Ana"] })).toEqual({
      email: ["Email must be text"],
      name: ["Name must be text"],
    });
  });
});

describe("signInSchema", () => {
  it("accepts any non-empty password (the new-password policy is not applied)", () => {
    expect(signInSchema.parse({ email: " Ana@Example.com", password: "short" })).toEqual({ email: "ana@example.com", password: "short" });
  });

  it("rejects an empty or enormous password", () => {
    expect(fieldErrors(signInSchema, { email: "ana@example.com", password: "" })).toEqual({ password: ["Enter your password"] });
    expect(fieldErrors(signInSchema, { email: "ana@example.com", password: "x".repeat(1025) })).toEqual({
      password: ["Password must be at most 1024 characters"],
    });
  });
});

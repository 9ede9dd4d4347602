import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/users/route";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/auth/password";
import { TEST_PASSWORD, createTestUser, uniqueEmail } from "@/tests/factories/users";

function postUsers(body: string, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Response> {
  return POST(new Request("http://localhost/api/users", { method: "POST", headers, body }));
}

function postJson(value: unknown): Promise<Response> {
  return postUsers(JSON.stringify(value));
}

async function usersWithEmail(email: string): Promise<number> {
  return db.user.count({ where: { email } });
}

describe("POST /api/users", () => {
  it("creates a student with a normalised email and an Argon2id hash, and returns no secret", async () => {
    const email = uniqueEmail("Route");
    const response = await postJson({ email: `  ${email.toUpperCase()} `, name: "  Ana Lima ", password: TEST_PASSWORD });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: "Ana Lima", role: "STUDENT" });

    const stored = await db.user.findUniqueOrThrow({ where: { id: body.id } });
    expect(stored.email).toBe(email.toLowerCase());
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("ignores a role in the body: sign-up always makes a student", async () => {
    const email = uniqueEmail();
    const response = await postJson({ email, name: "Sneaky", password: TEST_PASSWORD, role: "INSTRUCTOR" });
    expect(response.status).toBe(201);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("STUDENT");
  });

  it("answers 409 for an email that is taken, whatever its case, and writes nothing", async () => {
    const existing = await createTestUser();
    const response = await postJson({ email: existing.email.toUpperCase(), name: "Second", password: TEST_PASSWORD });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      errors: { email: ["An account with this email already exists. Sign in instead, or use another email."] },
      message: "That email is already registered.",
    });
    expect(await usersWithEmail(existing.email)).toBe(1);
  });

  it("creates one account and answers 409 to the rest when the same email signs up concurrently", async () => {
    const email = uniqueEmail("race");
    const responses = await Promise.all(Array.from({ length: 6 }, () => postJson({ email, name: "Racer", password: TEST_PASSWORD })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it("answers 400 with a message per field, and writes nothing", async () => {
    const email = uniqueEmail();
    const response = await postJson({ email, name: "", password: "tq8#Lm2" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: { name: ["Enter your name"], password: ["Password must be at least 8 characters"] },
      message: "Invalid fields: name, password.",
    });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("refuses one of the 10,000 most common passwords", async () => {
    const email = uniqueEmail();
    const response = await postJson({ email, name: "Ana", password: "iloveyou1" });
    expect(response.status).toBe(400);
    expect((await response.json()).errors.password).toEqual([
      "This password is one of the 10,000 most common passwords; choose one that is harder to guess",
    ]);
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("refuses overlong and missing fields with 400", async () => {
    const overlong = await postJson({ email: `${"a".repeat(250)}@example.com`, name: "n".repeat(101), password: "p".repeat(129) });
    expect(overlong.status).toBe(400);
    expect(Object.keys((await overlong.json()).errors).sort()).toEqual(["email", "name", "password"]);

    const missing = await postJson({});
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual({
      name: ["Enter your name"],
      email: ["Enter your email address"],
      password: ["Enter a password"],
    });
  });

  it("answers 400, not 500, to malformed or non-object JSON", async () => {
    for (const body of ['{"email": ', "", "[1,2]", "null", '"text"', "42"]) {
      const response = await postUsers(body);
      expect(response.status, body).toBe(400);
      const json = await response.json();
      expect(json.message, body).toMatch(/JSON/);
    }
  });

  it("answers 415 when the body is not declared as JSON, and 413 when it is huge", async () => {
    const text = await postUsers(JSON.stringify({ email: uniqueEmail(), name: "A", password: TEST_PASSWORD }), { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect((await text.json()).message).toContain("Content-Type: application/json");

    const huge = await postJson({ email: uniqueEmail(), name: "A", password: TEST_PASSWORD, padding: "x".repeat(20_000) });
    expect(huge.status).toBe(413);
  });
});

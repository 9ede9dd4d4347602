import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { loadSessionUser } from "@/server/auth/session-user";
import { SessionExpiredError, checkSessionToken, sessionFromToken, tokenForSignIn } from "@/server/auth/session-token";
import { setUserRoleByEmail } from "@/server/users/mutations";
import { createTestUser, uniqueEmail } from "@/tests/factories/users";

const signInTime = new Date("2030-03-01T08:00:00.000Z");
const TWELVE_HOURS = 12 * 3600;

async function sessionFor(user: { id: string; email: string; name: string; role: "STUDENT" | "INSTRUCTOR" }) {
  const token = tokenForSignIn({ name: user.name, email: user.email }, user, signInTime);
  const checked = checkSessionToken(token, new Date(signInTime.getTime() + 60_000), TWELVE_HOURS);
  return sessionFromToken(checked, "2030-03-01T20:00:00.000Z");
}

describe("sessions", () => {
  it("carries id and role from sign-in into the session", async () => {
    const user = await createTestUser({ role: "INSTRUCTOR" });
    const session = await sessionFor(user);
    expect(session).toEqual({
      expires: "2030-03-01T20:00:00.000Z",
      user: { id: user.id, email: user.email, name: user.name, role: "INSTRUCTOR" },
    });
    expect(await loadSessionUser(session)).toEqual({ id: user.id, email: user.email, name: user.name, role: "INSTRUCTOR" });
  });

  it("sees a role change on the next request, whatever the token says", async () => {
    const user = await createTestUser({ role: "STUDENT" });
    const session = await sessionFor(user);
    await setUserRoleByEmail(user.email.toUpperCase(), "INSTRUCTOR");
    expect(session.user.role).toBe("STUDENT");
    expect((await loadSessionUser(session))?.role).toBe("INSTRUCTOR");
  });

  it("has no user once the account is deleted", async () => {
    const user = await createTestUser();
    const session = await sessionFor(user);
    await db.user.delete({ where: { id: user.id } });
    expect(await loadSessionUser(session)).toBeNull();
    expect(await loadSessionUser(null)).toBeNull();
  });

  it("ends exactly SESSION_MAX_AGE after sign-in, however recently it was used", async () => {
    const user = await createTestUser();
    const token = tokenForSignIn({}, user, signInTime);
    const justBefore = new Date(signInTime.getTime() + TWELVE_HOURS * 1000 - 1);
    expect(checkSessionToken(token, justBefore, TWELVE_HOURS)).toBe(token);
    expect(() => checkSessionToken(token, new Date(signInTime.getTime() + TWELVE_HOURS * 1000), TWELVE_HOURS)).toThrow(SessionExpiredError);
  });

  it("refuses a token without our claims (e.g. from before they existed)", () => {
    expect(() => checkSessionToken({ sub: "someone", email: "a@b.c", name: "A" }, signInTime, TWELVE_HOURS)).toThrow(
      "Session token lacks or has invalid claims: role, signedInAt",
    );
  });

  it("says which email is unknown when making an instructor fails", async () => {
    const email = uniqueEmail("missing");
    await expect(setUserRoleByEmail(email, "INSTRUCTOR")).rejects.toThrow(`setUserRoleByEmail: no account has the email "${email}"`);
  });
});

import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createRequire } from "node:module";
import path from "node:path";
import { cookiesOfHeader, decodeSessionToken, readSessionCookie, sessionTokenOf } from "@/server/auth/session-cookie";
import { loadSessionUser, sessionForToken } from "@/server/auth/session-user";
import { SessionExpiredError, checkSessionToken, tokenForSignIn } from "@/server/auth/session-token";
import * as usersData from "@/server/users/data";
import { setUserRoleByEmail } from "@/server/users/mutations";
import { createTestUser, uniqueEmail } from "@/tests/factories/users";

const signInTime = new Date("2030-03-01T08:00:00.000Z");
const TWELVE_HOURS = 12 * 3600;

async function sessionFor(user: { id: string; email: string; name: string; role: "STUDENT" | "INSTRUCTOR" }) {
  const token = tokenForSignIn({ name: user.name, email: user.email }, user, signInTime);
  const checked = checkSessionToken(token, new Date(signInTime.getTime() + 60_000), TWELVE_HOURS);
  return sessionForToken(checked, "2030-03-01T20:00:00.000Z");
}

const SECRET = "a-test-secret-of-enough-length-for-hkdf";

// next-auth's own reader of the session cookie, as the reference for ours (the package does not
// export it, so it is loaded by its file).
type SessionStoreClass = new (option: { name: string; options: object }, req: { cookies: object; headers: object }, logger: Console) => { value: string };
const { SessionStore } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth/core/lib/cookie.js")) as { SessionStore: SessionStoreClass };
const cookiesOf = (entries: Record<string, string>) => ({ getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })) });

describe("the session cookie, read without next-auth's getServerSession", () => {
  it("decodes what next-auth encodes, with the key derived once", async () => {
    const claims = { sub: "user-1", email: "a@b.c", name: "A", role: "STUDENT" as const, signedInAt: 1_900_000_000 };
    const token = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    expect(await decodeSessionToken(token, SECRET)).toMatchObject(claims);
    expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": token, other: "x" }), SECRET)).toMatchObject(claims);
  });

  it("joins a long token's chunks in order, as next-auth writes them", async () => {
    const token = await encode({ token: { sub: "user-2", padding: "x".repeat(5000) }, secret: SECRET, maxAge: 3600 });
    const middle = Math.floor(token.length / 2);
    const chunked = cookiesOf({ "next-auth.session-token.1": token.slice(middle), "next-auth.session-token.0": token.slice(0, middle) });
    expect(await readSessionCookie(chunked, SECRET)).toMatchObject({ sub: "user-2" });
  });

  it("finds the token in the cookies exactly as next-auth's own SessionStore does", () => {
    const name = "next-auth.session-token";
    const cases: { name: string; value: string }[][] = [
      [],
      [{ name: "other", value: "x" }],
      [{ name, value: "whole-token" }, { name: "other", value: "x" }],
      [{ name: `${name}.1`, value: "B" }, { name: `${name}.0`, value: "A" }],
      // ten chunks and more sort by number, not as text
      Array.from({ length: 12 }, (_, index) => ({ name: `${name}.${11 - index}`, value: String.fromCharCode(65 + 11 - index) })),
      // a repeated name: the later one wins, as in a plain object
      [{ name, value: "first" }, { name, value: "second" }],
      [{ name: `__Secure-${name}`, value: "secure" }],
    ];
    for (const cookies of cases) {
      const store = new SessionStore({ name, options: {} }, { cookies: { getAll: () => cookies }, headers: {} }, console);
      expect(sessionTokenOf(cookies, name)).toBe(store.value);
    }
    expect(sessionTokenOf([{ name: `__Secure-${name}`, value: "secure" }], `__Secure-${name}`)).toBe("secure");
  });

  it("reads the Secure-prefixed cookie when the site is served over https, as next-auth names it then", async () => {
    const token = await encode({ token: { sub: "user-5" }, secret: SECRET, maxAge: 3600 });
    vi.stubEnv("NEXTAUTH_URL", "https://footnote.example");
    try {
      expect(await readSessionCookie(cookiesOf({ "__Secure-next-auth.session-token": token }), SECRET)).toMatchObject({ sub: "user-5" });
      expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": token }), SECRET)).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("parses a Cookie header as Next does for the Pages Router route", () => {
    const parsed = cookiesOfHeader('a=1; next-auth.session-token=abc.def; quoted="q v"; encoded=%41%42; broken=%E0%A4%A; novalue; =anonymous; spaced = x ').getAll();
    expect(parsed).toEqual([
      { name: "a", value: "1" },
      { name: "next-auth.session-token", value: "abc.def" },
      { name: "quoted", value: "q v" },
      { name: "encoded", value: "AB" },
      { name: "broken", value: "%E0%A4%A" },
      { name: "spaced", value: "x" },
    ]);
    expect(cookiesOfHeader(undefined).getAll()).toEqual([]);
  });

  it("is no session when the cookie is missing, tampered with, under another secret, expired, or there is no secret", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret: SECRET, maxAge: 3600 });
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    const expired = await encode({ token: { sub: "user-3" }, secret: SECRET, maxAge: -60 });
    expect(await readSessionCookie(cookiesOf({}), SECRET)).toBeNull();
    expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": tampered }), SECRET)).toBeNull();
    expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": token }), `${SECRET}-rotated`)).toBeNull();
    expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": expired }), SECRET)).toBeNull();
    expect(await readSessionCookie(cookiesOf({ "next-auth.session-token": token }), undefined)).toBeNull();
    await expect(decodeSessionToken(tampered, SECRET)).rejects.toThrow();
  });

  it("decrypts a token once, yet still refuses it once expired or under another secret", async () => {
    const issued = Date.now();
    const token = await encode({ token: { sub: "user-4" }, secret: SECRET, maxAge: 60 });
    const first = await decodeSessionToken(token, SECRET, issued);
    expect(await decodeSessionToken(token, SECRET, issued + 30_000)).toBe(first); // remembered, not decrypted again
    expect(Object.isFrozen(first)).toBe(true);
    await expect(decodeSessionToken(token, `${SECRET}-rotated`, issued)).rejects.toThrow();
    expect(await decodeSessionToken(token, SECRET, issued + 60_000 + 14_000)).toBe(first); // within next-auth's 15 s tolerance
    await expect(decodeSessionToken(token, SECRET, issued + 60_000 + 20_000)).rejects.toThrow("expired");
    await expect(decodeSessionToken(token, SECRET, issued + 60_000 + 20_000)).rejects.toThrow(); // and not remembered any more
  });
});

describe("sessions", () => {
  it("carries id and role from sign-in into the session", async () => {
    const user = await createTestUser({ role: "INSTRUCTOR" });
    const session = await sessionFor(user);
    expect(session).toEqual({
      expires: "2030-03-01T20:00:00.000Z",
      user: { id: user.id, email: user.email, name: user.name, role: "INSTRUCTOR" },
    });
    const token = tokenForSignIn({}, user, signInTime);
    expect(await loadSessionUser(token, signInTime, TWELVE_HOURS)).toEqual({ id: user.id, email: user.email, name: user.name, role: "INSTRUCTOR" });
  });

  it("sees a role change on the next request, whatever the token says", async () => {
    const user = await createTestUser({ role: "STUDENT" });
    const token = tokenForSignIn({}, user, signInTime);
    await setUserRoleByEmail(user.email.toUpperCase(), "INSTRUCTOR");
    expect(token.role).toBe("STUDENT");
    expect((await loadSessionUser(token, signInTime, TWELVE_HOURS))?.role).toBe("INSTRUCTOR");
    // What /api/auth/session shows the client (the session callback) follows the database too.
    expect((await sessionForToken(token, "2030-03-01T20:00:00.000Z")).user.role).toBe("INSTRUCTOR");
  });

  it("shows the sign-in claims in the client's session when the database cannot be read, instead of signing out", async () => {
    const user = await createTestUser({ role: "STUDENT" });
    const token = tokenForSignIn({}, user, signInTime);
    const failing = vi.spyOn(usersData, "findUserById").mockRejectedValueOnce(new Error("database is locked"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const session = await sessionForToken(token, "2030-03-01T20:00:00.000Z");
      expect(session.user).toEqual({ id: user.id, email: user.email, name: user.name, role: "STUDENT" });
      expect(String(logged.mock.calls[0]?.[0])).toContain(`could not re-read user ${user.id}`);
    } finally {
      failing.mockRestore();
      logged.mockRestore();
    }
  });

  it("has no user once the account is deleted", async () => {
    const user = await createTestUser();
    const token = tokenForSignIn({}, user, signInTime);
    await db.user.delete({ where: { id: user.id } });
    expect(await loadSessionUser(token, signInTime, TWELVE_HOURS)).toBeNull();
    expect(await loadSessionUser(null, signInTime, TWELVE_HOURS)).toBeNull();
    // The session callback throws, so next-auth answers /api/auth/session with {} and clears the cookie.
    await expect(sessionForToken(token, "2030-03-01T20:00:00.000Z")).rejects.toThrow(SessionExpiredError);
  });

  it("ends exactly SESSION_MAX_AGE after sign-in, however recently it was used", async () => {
    const user = await createTestUser();
    const token = tokenForSignIn({}, user, signInTime);
    const justBefore = new Date(signInTime.getTime() + TWELVE_HOURS * 1000 - 1);
    expect(checkSessionToken(token, justBefore, TWELVE_HOURS)).toBe(token);
    expect(() => checkSessionToken(token, new Date(signInTime.getTime() + TWELVE_HOURS * 1000), TWELVE_HOURS)).toThrow(SessionExpiredError);
    // Reading the cookie on the server: the same limit means no user.
    expect(await loadSessionUser(token, justBefore, TWELVE_HOURS)).not.toBeNull();
    expect(await loadSessionUser(token, new Date(signInTime.getTime() + TWELVE_HOURS * 1000), TWELVE_HOURS)).toBeNull();
    expect(await loadSessionUser({ sub: user.id, email: user.email, name: user.name }, justBefore, TWELVE_HOURS)).toBeNull();
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

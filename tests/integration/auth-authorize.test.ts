import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { INVALID_CREDENTIALS_MESSAGE, authorizeCredentials } from "@/server/auth/authorize";
import { UNKNOWN_CLIENT_ADDRESS } from "@/lib/auth/client-address";
import { createTestUser, uniqueAddress, uniqueEmail } from "@/tests/factories/users";

const start = new Date("2030-03-01T14:30:00.000Z");
const secondsLater = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("authorizeCredentials", () => {
  it("signs in with the right password, whatever the email's case and spacing", async () => {
    const user = await createTestUser();
    const result = await authorizeCredentials(
      { email: ` ${user.email.toUpperCase()} `, password: user.password, csrfToken: "ignored" },
      { clientAddress: uniqueAddress(), now: start },
    );
    expect(result).toEqual({ status: "signed-in", user: { id: user.id, email: user.email, name: user.name, role: "STUDENT" } });
  });

  it("gives the same answer for a wrong password and an unknown email, and records both", async () => {
    const user = await createTestUser();
    const clientAddress = uniqueAddress();
    const unknownEmail = uniqueEmail("nobody");
    const wrongPassword = await authorizeCredentials({ email: user.email, password: "not-the-password" }, { clientAddress, now: start });
    const unknown = await authorizeCredentials({ email: unknownEmail, password: "not-the-password" }, { clientAddress, now: start });
    expect(wrongPassword).toEqual({ status: "invalid-credentials", message: INVALID_CREDENTIALS_MESSAGE });
    expect(unknown).toEqual(wrongPassword);
    expect(await db.signInFailure.count({ where: { ip: clientAddress } })).toBe(2);
    expect(await db.signInFailure.count({ where: { email: unknownEmail, ip: clientAddress } })).toBe(1);
  });

  it("refuses missing fields without checking or recording anything", async () => {
    const clientAddress = uniqueAddress();
    const result = await authorizeCredentials({ email: "", password: "" }, { clientAddress, now: start });
    expect(result).toMatchObject({
      status: "invalid-input",
      errors: { email: ["Enter your email address"], password: ["Enter your password"] },
      message: "Enter your email address. Enter your password.",
    });
    const tooLong = await authorizeCredentials({ email: "ana@example.com", password: "x".repeat(5000) }, { clientAddress, now: start });
    expect(tooLong).toMatchObject({ status: "invalid-input", message: "Password must be at most 1024 characters." });
    expect(await authorizeCredentials(undefined, { clientAddress, now: start })).toMatchObject({ status: "invalid-input" });
    expect(await db.signInFailure.count({ where: { ip: clientAddress } })).toBe(0);
  });

  it("locks the email for this address at the 10th failure, even for the right password, then lets it in", async () => {
    const user = await createTestUser();
    const clientAddress = uniqueAddress();
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      const result = await authorizeCredentials({ email: user.email, password: `wrong-${attempt}` }, { clientAddress, now: secondsLater(attempt) });
      expect(result.status, `attempt ${attempt}`).toBe("invalid-credentials");
    }
    // 10th failure at 14:30:10: locked for one minute, until 14:31:10, shown rounded up as 14:32.
    const tenth = await authorizeCredentials({ email: user.email, password: "wrong-10" }, { clientAddress, now: secondsLater(10) });
    expect(tenth).toEqual({
      status: "locked",
      retryAt: secondsLater(70),
      message: "Too many failed attempts. Try again in 2 minutes (at 14:32 UTC).",
    });

    const rightPasswordWhileLocked = await authorizeCredentials({ email: user.email, password: user.password }, { clientAddress, now: secondsLater(40) });
    expect(rightPasswordWhileLocked).toMatchObject({ status: "locked", message: "Too many failed attempts. Try again in 2 minutes (at 14:32 UTC)." });
    // Attempts while locked are refused unchecked and not counted.
    expect(await db.signInFailure.count({ where: { email: user.email, ip: clientAddress } })).toBe(10);

    // Another address is not affected by this address's streak.
    const elsewhere = await authorizeCredentials({ email: user.email, password: user.password }, { clientAddress: uniqueAddress(), now: secondsLater(40) });
    expect(elsewhere.status).toBe("signed-in");

    const afterLock = await authorizeCredentials({ email: user.email, password: user.password }, { clientAddress, now: secondsLater(71) });
    expect(afterLock.status).toBe("signed-in");
    expect(await db.signInFailure.count({ where: { email: user.email, ip: clientAddress } })).toBe(0);
  });

  it("checks no more passwords than the streak allows when guesses arrive in parallel", async () => {
    const user = await createTestUser();
    const clientAddress = uniqueAddress();
    const guesses = Array.from({ length: 25 }, (_, index) =>
      authorizeCredentials({ email: user.email, password: `wrong-${index}` }, { clientAddress, now: secondsLater(1) }),
    );
    const results = await Promise.all(guesses);
    expect(results.every((result) => result.status === "invalid-credentials" || result.status === "locked")).toBe(true);
    // Each row left is a guess whose password was checked; the refused ones took theirs back.
    const checkedInParallel = await db.signInFailure.count({ where: { email: user.email, ip: clientAddress } });
    expect(checkedInParallel).toBeLessThanOrEqual(10);

    // Guessing on one at a time reaches the lockout at the 10th checked failure, no later.
    let checkedOneByOne = 0;
    for (let attempt = 0; attempt < 15; attempt += 1) {
      const result = await authorizeCredentials({ email: user.email, password: `again-${attempt}` }, { clientAddress, now: secondsLater(2) });
      const rows = await db.signInFailure.count({ where: { email: user.email, ip: clientAddress } });
      if (rows > checkedInParallel + checkedOneByOne) checkedOneByOne += 1;
      if (result.status === "locked") break;
    }
    expect(checkedInParallel + checkedOneByOne).toBe(10);
    const rightPassword = await authorizeCredentials({ email: user.email, password: user.password }, { clientAddress, now: secondsLater(3) });
    expect(rightPassword.status).toBe("locked");
  });

  it("doubles the lockout with each further failure", async () => {
    const user = await createTestUser();
    const clientAddress = uniqueAddress();
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await authorizeCredentials({ email: user.email, password: "wrong" }, { clientAddress, now: secondsLater(attempt) });
    }
    const eleventh = await authorizeCredentials({ email: user.email, password: "wrong" }, { clientAddress, now: secondsLater(100) });
    expect(eleventh).toMatchObject({ status: "locked", retryAt: secondsLater(220) });
  });

  it("locks an address after 100 failures in a day across emails, and not an unknown address", async () => {
    const clientAddress = uniqueAddress();
    await db.signInFailure.createMany({
      data: Array.from({ length: 100 }, (_, index) => ({ email: uniqueEmail("spray"), ip: clientAddress, createdAt: secondsLater(index) })),
    });
    const user = await createTestUser();
    const result = await authorizeCredentials({ email: user.email, password: user.password }, { clientAddress, now: secondsLater(200) });
    expect(result).toMatchObject({ status: "locked", retryAt: new Date(start.getTime() + 24 * 3_600_000) });
    expect(result.status === "locked" && result.message).toBe("Too many failed attempts. Try again in 23 hours 57 minutes (at 14:30 UTC on 2 March).");

    const unknownAddressUser = await createTestUser();
    const unknown = await authorizeCredentials(
      { email: unknownAddressUser.email, password: unknownAddressUser.password },
      { clientAddress: UNKNOWN_CLIENT_ADDRESS, now: secondsLater(200) },
    );
    expect(unknown.status).toBe("signed-in");
  });
});

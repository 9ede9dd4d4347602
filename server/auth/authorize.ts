import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { describeLockout, evaluateLockout } from "@/lib/auth/lockout";
import { signInSchema, type SignInField } from "@/lib/auth/sign-in-schema";
import { findUserCredentialsByEmail, type SessionUser } from "@/server/users/data";
import { hashPassword, verifyPassword } from "./password";
import { clearSignInFailures, loadFailureHistory, recordSignInFailure } from "./sign-in-failures";

/** One message for an unknown email and a wrong password, so that neither reveals which it was. */
export const INVALID_CREDENTIALS_MESSAGE = "Incorrect email or password.";

export type AuthorizeResult =
  | { status: "signed-in"; user: SessionUser }
  | { status: "invalid-input"; errors: Partial<Record<SignInField, string[]>>; message: string }
  | { status: "invalid-credentials"; message: string }
  | { status: "locked"; retryAt: Date; message: string };

export type AuthorizeContext = {
  /** From lib/auth/client-address: an IP address, or "unknown" without a trusted proxy. */
  clientAddress: string;
  now: Date;
};

// Checking a password for an unknown email against a real hash costs as much as for a known one,
// so response time does not reveal whether an account exists.
let placeholderHash: Promise<string> | undefined;
function getPlaceholderHash(): Promise<string> {
  placeholderHash ??= hashPassword(randomUUID());
  return placeholderHash;
}

/**
 * The credentials check behind the next-auth provider: validates the input, refuses while locked
 * out, checks the password, and records the outcome. Failures are recorded for unknown emails too.
 */
export async function authorizeCredentials(credentials: unknown, context: AuthorizeContext): Promise<AuthorizeResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) {
    return {
      status: "invalid-input",
      errors: z.flattenError(parsed.error).fieldErrors,
      message: "Enter your email address and password.",
    };
  }
  const { email, password } = parsed.data;
  const { clientAddress, now } = context;

  const history = await loadFailureHistory(email, clientAddress, now);
  const before = evaluateLockout(history, now);
  if (before.locked) {
    // No password check while locked, so a locked-out guesser learns nothing from trying.
    return { status: "locked", retryAt: before.retryAt, message: describeLockout(before.retryAt, now) };
  }

  const account = await findUserCredentialsByEmail(email);
  const passwordMatches = account
    ? await verifyPassword(account.passwordHash, password)
    : (await verifyPassword(await getPlaceholderHash(), password)) && false;

  if (!account || !passwordMatches) {
    await recordSignInFailure(email, clientAddress, now);
    // The failure just recorded may itself start the lockout (the 10th in a row): say so now.
    const after = evaluateLockout(
      { streak: [now, ...history.streak], address: history.address === null ? null : [now, ...history.address] },
      now,
    );
    if (after.locked) return { status: "locked", retryAt: after.retryAt, message: describeLockout(after.retryAt, now) };
    return { status: "invalid-credentials", message: INVALID_CREDENTIALS_MESSAGE };
  }

  await clearSignInFailures(email, clientAddress);
  return { status: "signed-in", user: { id: account.id, email: account.email, name: account.name, role: account.role } };
}

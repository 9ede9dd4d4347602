import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { describeLockout, evaluateLockout } from "@/lib/auth/lockout";
import { signInSchema, type SignInField } from "@/lib/auth/sign-in-schema";
import { findUserCredentialsByEmail, type SessionUser } from "@/server/users/data";
import { hashPassword, verifyPassword } from "./password";
import { claimSignInAttempt, clearSignInFailures, loadFailureHistory, pruneSignInFailures, withdrawSignInAttempt } from "./sign-in-failures";

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
    const errors = z.flattenError(parsed.error).fieldErrors;
    // Say what was wrong ("Password must be at most 1024 characters"), not only that something was.
    const said = [...new Set(Object.values(errors).flat())].map((text) => (/[.!?]$/.test(text) ? text : `${text}.`));
    return { status: "invalid-input", errors, message: said.length > 0 ? said.join(" ") : "Enter your email address and password." };
  }
  const { email, password } = parsed.data;
  const { clientAddress, now } = context;

  // The attempt counts as a failure before anything is checked, so that guesses sent in parallel
  // see each other instead of all reading the history before any of them is recorded
  // (docs/decisions/004-sign-in-lockout.md).
  const claimId = await claimSignInAttempt(email, clientAddress, now);
  let checked: Awaited<ReturnType<typeof checkClaimedAttempt>>;
  try {
    checked = await checkClaimedAttempt(email, password, clientAddress, now, claimId);
  } catch (error) {
    // Nothing was decided, so the attempt does not count.
    await withdrawSignInAttempt(claimId).catch(() => undefined);
    throw error;
  }
  if (checked.outcome === "locked") {
    // Refused unchecked, so a locked-out guesser learns nothing, and the attempt does not count.
    await withdrawSignInAttempt(claimId);
    return { status: "locked", retryAt: checked.retryAt, message: describeLockout(checked.retryAt, now) };
  }
  if (checked.outcome === "wrong") {
    // The claim stays as this failure.
    await pruneSignInFailures(clientAddress, now);
    // This failure may itself start the lockout (the 10th in a row): say so now.
    const { history } = checked;
    const after = evaluateLockout(
      { streak: [now, ...history.streak], address: history.address === null ? null : [now, ...history.address] },
      now,
    );
    if (after.locked) return { status: "locked", retryAt: after.retryAt, message: describeLockout(after.retryAt, now) };
    return { status: "invalid-credentials", message: INVALID_CREDENTIALS_MESSAGE };
  }

  await clearSignInFailures(email, clientAddress);
  const { account } = checked;
  return { status: "signed-in", user: { id: account.id, email: account.email, name: account.name, role: account.role } };
}

/** After the claim: the lockout as the other attempts leave it, then the password. */
async function checkClaimedAttempt(email: string, password: string, clientAddress: string, now: Date, claimId: string) {
  const history = await loadFailureHistory(email, clientAddress, now, claimId);
  const before = evaluateLockout(history, now);
  if (before.locked) return { outcome: "locked" as const, retryAt: before.retryAt };
  const account = await findUserCredentialsByEmail(email);
  if (account && (await verifyPassword(account.passwordHash, password))) return { outcome: "right" as const, account };
  // An unknown email still costs a real check, so timing does not tell whether it exists.
  if (!account) await verifyPassword(await getPlaceholderHash(), password);
  return { outcome: "wrong" as const, history };
}

import "server-only";
import { db } from "@/server/db";
import { UNKNOWN_CLIENT_ADDRESS } from "@/lib/auth/client-address";
import { DEFAULT_LOCKOUT_POLICY, type FailureHistory, streakFailuresNeeded } from "@/lib/auth/lockout";

const policy = DEFAULT_LOCKOUT_POLICY;
// Rows older than both windows can never matter again.
const RETENTION_MS = 2 * Math.max(policy.streakWindowMs, policy.addressWindowMs);

/**
 * Counts a sign-in attempt as a failure before its password is checked, so that attempts made in
 * parallel see each other: each one claims its row first and then reads the others'. The row stays
 * if the password is wrong, goes with the rest on success (clearSignInFailures), and is withdrawn
 * (withdrawSignInAttempt) when the attempt is refused unchecked. Returns the row's id.
 */
export async function claimSignInAttempt(email: string, address: string, now: Date): Promise<string> {
  const row = await db.signInFailure.create({ data: { email, ip: address, createdAt: now }, select: { id: true } });
  return row.id;
}

/** Takes back a claimed attempt that was refused without a password check (it does not count). */
export async function withdrawSignInAttempt(claimId: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { id: claimId } });
}

/**
 * The failures that decide whether `email` may try to sign in from `address` at `now`, leaving out
 * the attempt's own claim; the claims of attempts still in progress count.
 */
export async function loadFailureHistory(email: string, address: string, now: Date, ownClaimId: string): Promise<FailureHistory> {
  const streakRows = await db.signInFailure.findMany({
    where: { email, ip: address, id: { not: ownClaimId }, createdAt: { gt: new Date(now.getTime() - policy.streakWindowMs) } },
    orderBy: { createdAt: "desc" },
    take: streakFailuresNeeded(policy),
    select: { createdAt: true },
  });
  // An unknown address is shared by every client, so a per-address limit would lock everyone out.
  const addressRows =
    address === UNKNOWN_CLIENT_ADDRESS
      ? null
      : await db.signInFailure.findMany({
          where: { ip: address, id: { not: ownClaimId }, createdAt: { gt: new Date(now.getTime() - policy.addressWindowMs) } },
          orderBy: { createdAt: "desc" },
          take: policy.addressLimit,
          select: { createdAt: true },
        });
  return {
    streak: streakRows.map((row) => row.createdAt),
    address: addressRows === null ? null : addressRows.map((row) => row.createdAt),
  };
}

/** Prunes this address's rows that no window can reach any more (no scheduled job needed). */
export async function pruneSignInFailures(address: string, now: Date): Promise<void> {
  // The (ip, createdAt) index makes this cheap.
  await db.signInFailure.deleteMany({ where: { ip: address, createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
}

/** A successful sign-in ends the streak for this email from this address (and only that). */
export async function clearSignInFailures(email: string, address: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email, ip: address } });
}

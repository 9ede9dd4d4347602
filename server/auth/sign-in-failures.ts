import "server-only";
import { db } from "@/server/db";
import { UNKNOWN_CLIENT_ADDRESS } from "@/lib/auth/client-address";
import { DEFAULT_LOCKOUT_POLICY, type FailureHistory, streakFailuresNeeded } from "@/lib/auth/lockout";

const policy = DEFAULT_LOCKOUT_POLICY;
// Rows older than both windows can never matter again.
const RETENTION_MS = 2 * Math.max(policy.streakWindowMs, policy.addressWindowMs);

/** The failures that decide whether `email` may try to sign in from `address` at `now`. */
export async function loadFailureHistory(email: string, address: string, now: Date): Promise<FailureHistory> {
  const streakRows = await db.signInFailure.findMany({
    where: { email, ip: address, createdAt: { gt: new Date(now.getTime() - policy.streakWindowMs) } },
    orderBy: { createdAt: "desc" },
    take: streakFailuresNeeded(policy),
    select: { createdAt: true },
  });
  // An unknown address is shared by every client, so a per-address limit would lock everyone out.
  const addressRows =
    address === UNKNOWN_CLIENT_ADDRESS
      ? null
      : await db.signInFailure.findMany({
          where: { ip: address, createdAt: { gt: new Date(now.getTime() - policy.addressWindowMs) } },
          orderBy: { createdAt: "desc" },
          take: policy.addressLimit,
          select: { createdAt: true },
        });
  return {
    streak: streakRows.map((row) => row.createdAt),
    address: addressRows === null ? null : addressRows.map((row) => row.createdAt),
  };
}

export async function recordSignInFailure(email: string, address: string, now: Date): Promise<void> {
  await db.signInFailure.create({ data: { email, ip: address, createdAt: now } });
  // Pruning this address's old rows keeps the table small without a scheduled job; the
  // (ip, createdAt) index makes it cheap.
  await db.signInFailure.deleteMany({ where: { ip: address, createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
}

/** A successful sign-in ends the streak for this email from this address (and only that). */
export async function clearSignInFailures(email: string, address: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email, ip: address } });
}

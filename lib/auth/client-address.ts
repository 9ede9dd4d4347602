import { z } from "zod";

/** The address recorded when the client cannot be told apart (no trusted proxy). */
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

const ipAddressSchema = z.union([z.ipv4(), z.ipv6()]);

/**
 * The client's address from an X-Forwarded-For header, trusting only the last `trustedProxyHops`
 * entries (each written by a proxy we run). With 0 hops the header is ignored: `next start`
 * fills it from the socket only when the client did not send one, so a client can write anything
 * there (docs/decisions/004-sign-in-lockout.md).
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxyHops: number): string {
  if (trustedProxyHops < 1 || !forwardedFor) return UNKNOWN_CLIENT_ADDRESS;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  // The entry added by the outermost of our proxies: everything left of it came from the client.
  const candidate = entries[entries.length - trustedProxyHops];
  if (candidate === undefined) return UNKNOWN_CLIENT_ADDRESS;
  const address = candidate.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return ipAddressSchema.safeParse(address).success ? address : UNKNOWN_CLIENT_ADDRESS;
}

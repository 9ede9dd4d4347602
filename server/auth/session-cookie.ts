import "server-only";
import crypto from "node:crypto";
import { jwtDecrypt } from "jose";
import { getToken, type GetTokenParams, type JWT } from "next-auth/jwt";
import { WeightedLru } from "@/lib/cache/weighted-lru";

// Reading the session cookie without next-auth's getServerSession, which on every request derives
// the key again (HKDF) and re-encrypts the token to slide its expiry: our sessions do not slide
// (docs/decisions/003-jwt-sessions-with-database-reread.md), so that work bought nothing. The token
// format is next-auth 4's own: a JWE (alg dir, enc A256GCM) under a key derived from NEXTAUTH_SECRET.

const derivedKeys = new Map<string, Uint8Array>();

/** next-auth 4's encryption key for a secret (HKDF-SHA256, empty salt), derived once per secret. */
function sessionEncryptionKey(secret: string): Uint8Array {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = new Uint8Array(crypto.hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    derivedKeys.set(secret, key);
  }
  return key;
}

const CLOCK_TOLERANCE_SECONDS = 15;

// A session cookie comes back unchanged on every request until it expires, and the ciphertext is
// authenticated, so the same string under the same secret always decrypts to the same claims:
// decrypt each once and remember the (frozen) claims, checking the expiry again on every use.
const decodedTokens = new WeightedLru<string, { secret: string; payload: Readonly<JWT> }>(4 * 1024 * 1024);

/**
 * Decrypts and checks (expiry, with next-auth's 15 s tolerance) a session token; throws if it is
 * not one. `nowMs` is the clock, for tests.
 */
export async function decodeSessionToken(token: string, secret: string, nowMs: number = Date.now()): Promise<Readonly<JWT>> {
  const cached = decodedTokens.get(token);
  if (cached && cached.secret === secret) {
    const { exp } = cached.payload;
    if (typeof exp === "number" && nowMs / 1000 > exp + CLOCK_TOLERANCE_SECONDS) {
      decodedTokens.delete(token);
      throw new Error("The session token has expired");
    }
    return cached.payload;
  }
  const { payload } = await jwtDecrypt(token, sessionEncryptionKey(secret), {
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    currentDate: new Date(nowMs),
  });
  const claims = Object.freeze(payload as JWT);
  decodedTokens.set(token, { secret, payload: claims }, token.length);
  return claims;
}

export type CookieSource = { getAll: () => { name: string; value: string }[] };

/**
 * The claims of the request's session cookie, or null when there is none or it does not decrypt.
 * next-auth's getToken finds the cookie (its name, and the chunks of a long one); only the cookie
 * counts, never an Authorization header.
 */
export async function readSessionCookie(cookies: CookieSource, secret: string | undefined): Promise<Readonly<JWT> | null> {
  if (!secret) return null;
  const params: GetTokenParams = {
    // getToken reads `cookies` (anything with getAll) and would read an Authorization header from `headers`.
    req: { cookies, headers: {} } as unknown as GetTokenParams["req"],
    secret,
    // getToken turns a token that does not decrypt (or has expired) into null.
    decode: ({ token }) => (token ? decodeSessionToken(token, secret) : null),
  };
  return getToken(params);
}

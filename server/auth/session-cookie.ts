import "server-only";
import crypto from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";
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
 * next-auth's session cookie name, decided as its getToken decides it: the `__Secure-` one when
 * NEXTAUTH_URL is https (or on Vercel).
 */
function sessionCookieName(): string {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? Boolean(process.env.VERCEL);
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The session token in a request's cookies, read as next-auth 4's SessionStore reads it: every
 * cookie whose name starts with the session cookie's name (the cookie itself, or the chunks
 * `.0`, `.1`, ... of a long one), ordered by that numeric suffix and joined; "" when there is none.
 */
export function sessionTokenOf(cookies: readonly { name: string; value: string }[], cookieName: string = sessionCookieName()): string {
  const chunks: Record<string, string> = {};
  for (const { name, value } of cookies) if (name.startsWith(cookieName)) chunks[name] = value;
  const suffix = (name: string) => parseInt(name.split(".").pop() ?? "0");
  return Object.keys(chunks)
    .sort((a, b) => suffix(a) - suffix(b))
    .map((name) => chunks[name])
    .join("");
}

/**
 * A request's cookies from its Cookie header, for a Pages Router route: name and value of each
 * `name=value` pair, the value percent-decoded when it can be (as Next's own parser does).
 */
export function cookiesOfHeader(header: string | undefined): CookieSource {
  return {
    getAll() {
      const cookies: { name: string; value: string }[] = [];
      if (!header) return cookies;
      for (const pair of header.split(";")) {
        const index = pair.indexOf("=");
        if (index < 0) continue;
        const name = pair.slice(0, index).trim();
        let value = pair.slice(index + 1).trim();
        if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
        if (value.includes("%")) {
          try {
            value = decodeURIComponent(value);
          } catch {
            // left as sent, as Next's parser leaves a value that does not decode
          }
        }
        if (name !== "") cookies.push({ name, value });
      }
      return cookies;
    },
  };
}

/**
 * The claims of the request's session cookie, or null when there is none or it does not decrypt.
 * Only the cookie counts, never an Authorization header. The cookie is found as next-auth's
 * getToken finds it (sessionTokenOf), without building its SessionStore on every request.
 */
export async function readSessionCookie(cookies: CookieSource, secret: string | undefined): Promise<Readonly<JWT> | null> {
  if (!secret) return null;
  const token = sessionTokenOf(cookies.getAll());
  if (token === "") return null;
  try {
    return await decodeSessionToken(token, secret);
  } catch {
    // A token that does not decrypt, or has expired, is no session (getToken's rule too).
    return null;
  }
}

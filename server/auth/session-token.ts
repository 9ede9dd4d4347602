import "server-only";
import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { z } from "zod";
import { isSessionExpired } from "@/lib/auth/auth-env";
import { roleSchema } from "@/lib/auth/roles";

/** Thrown from the jwt callback; next-auth then treats the request as signed out and clears the cookie. */
export class SessionExpiredError extends Error {
  override name = "SessionExpiredError";
}

// What we put in the JWT at sign-in (docs/decisions/003-jwt-sessions-with-database-reread.md).
// The role here is a hint for the client only; the server re-reads the user on every request.
const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  signedInAt: z.number().int().positive(),
});

export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

function parseTokenClaims(token: JWT): TokenClaims {
  const claims = tokenClaimsSchema.safeParse(token);
  if (!claims.success) {
    // A token from before a change to these claims: the user signs in again.
    const fields = claims.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new SessionExpiredError(`Session token lacks or has invalid claims: ${fields}`);
  }
  return claims.data;
}

/** The jwt callback at sign-in: who signed in, with which role, and when (for the absolute limit). */
export function tokenForSignIn(token: JWT, user: User, now: Date): JWT {
  return {
    ...token,
    sub: user.id,
    email: user.email ?? token.email,
    name: user.name ?? token.name,
    role: user.role,
    signedInAt: Math.floor(now.getTime() / 1000),
  };
}

/** A token's claims, refused (SessionExpiredError) past the absolute session lifetime. */
function liveTokenClaims(token: JWT, now: Date, maxAgeSeconds: number): TokenClaims {
  const claims = parseTokenClaims(token);
  if (isSessionExpired(claims.signedInAt, now, maxAgeSeconds)) {
    throw new SessionExpiredError(
      `Session expired: signed in at ${new Date(claims.signedInAt * 1000).toISOString()}, sessions last ${Number((maxAgeSeconds / 3600).toFixed(2))} h`,
    );
  }
  return claims;
}

/** The jwt callback on every later use: refuses a token past the absolute session lifetime. */
export function checkSessionToken(token: JWT, now: Date, maxAgeSeconds: number): JWT {
  liveTokenClaims(token, now, maxAgeSeconds);
  return token;
}

/** The user id of a token that passes checkSessionToken (for reading the cookie without next-auth). */
export function userIdOfSessionToken(token: JWT, now: Date, maxAgeSeconds: number): string {
  return liveTokenClaims(token, now, maxAgeSeconds).sub;
}

/**
 * The session as the token alone has it: the claims from sign-in. The session callback
 * (sessionForToken in session-user.ts) shows the database's copy instead and falls back to this.
 */
export function sessionFromToken(token: JWT, expires: string): Session {
  const claims = parseTokenClaims(token);
  return { expires, user: { id: claims.sub, email: claims.email, name: claims.name, role: claims.role } };
}

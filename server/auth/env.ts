import "server-only";
import { type AuthEnv, parseAuthEnv } from "@/lib/auth/auth-env";

let cachedAuthEnv: AuthEnv | undefined;

/**
 * SESSION_MAX_AGE_HOURS and TRUST_PROXY, checked on first use rather than at import, so that
 * `next build` (which imports route modules) does not depend on the run-time environment.
 * NEXTAUTH_SECRET is read by next-auth itself on each request.
 */
export function authEnv(): AuthEnv {
  cachedAuthEnv ??= parseAuthEnv(process.env);
  return cachedAuthEnv;
}

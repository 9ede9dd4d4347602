import { z } from "zod";

export const DEFAULT_SESSION_MAX_AGE_HOURS = 12;
const MAX_SESSION_MAX_AGE_HOURS = 24 * 30;

const authEnvSchema = z.object({
  SESSION_MAX_AGE_HOURS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return DEFAULT_SESSION_MAX_AGE_HOURS;
      const hours = Number(value);
      if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_SESSION_MAX_AGE_HOURS) {
        context.addIssue({
          code: "custom",
          message: `expected a number of hours above 0 and at most ${MAX_SESSION_MAX_AGE_HOURS}, got "${value}"`,
        });
        return z.NEVER;
      }
      return hours;
    }),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return 0;
      if (!/^\d{1,2}$/.test(value.trim())) {
        context.addIssue({
          code: "custom",
          message: `expected the number of reverse proxies in front of the app (0, 1, 2, ...), got "${value}"`,
        });
        return z.NEVER;
      }
      return Number(value.trim());
    }),
});

export type AuthEnv = {
  sessionMaxAgeSeconds: number;
  /** How many X-Forwarded-For entries, from the right, were written by our own proxies. */
  trustedProxyHops: number;
};

/** Reads the optional auth settings; throws naming the variable and what was expected. */
export function parseAuthEnv(env: Record<string, string | undefined>): AuthEnv {
  const parsed = authEnvSchema.safeParse({ SESSION_MAX_AGE_HOURS: env.SESSION_MAX_AGE_HOURS, TRUST_PROXY: env.TRUST_PROXY });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return {
    sessionMaxAgeSeconds: Math.round(parsed.data.SESSION_MAX_AGE_HOURS * 3600),
    trustedProxyHops: parsed.data.TRUST_PROXY,
  };
}

/** Sessions are absolute: they end maxAgeSeconds after sign-in however active the user is. */
export function isSessionExpired(signedInAtSeconds: number, now: Date, maxAgeSeconds: number): boolean {
  return now.getTime() >= (signedInAtSeconds + maxAgeSeconds) * 1000;
}

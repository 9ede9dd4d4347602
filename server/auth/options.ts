import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { authorizeCredentials } from "./authorize";
import { authEnv } from "./env";
import { SessionExpiredError, checkSessionToken, tokenForSignIn } from "./session-token";
import { sessionForToken } from "./session-user";

export const SIGN_IN_UNAVAILABLE_MESSAGE = "Signing in is not working right now. Please try again in a few minutes.";

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

let cachedAuthOptions: AuthOptions | undefined;
const warningsShown = new Set<string>();

/** The next-auth configuration, built on first use so that a bad env var fails a request, not the build. */
export function getAuthOptions(): AuthOptions {
  cachedAuthOptions ??= buildAuthOptions();
  return cachedAuthOptions;
}

function buildAuthOptions(): AuthOptions {
  const { sessionMaxAgeSeconds, trustedProxyHops } = authEnv();
  return {
    // No `secret`: next-auth reads NEXTAUTH_SECRET from process.env on each request, which
    // scripts/start.ts sets before Next starts. Absent at `next build`, which makes no sessions.
    session: {
      strategy: "jwt",
      // Cookie and token lifetime. next-auth re-issues both on use (sliding); the absolute limit is
      // the signedInAt check in the jwt callback.
      maxAge: sessionMaxAgeSeconds,
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const clientAddress = clientAddressFrom(headerValue(request.headers, "x-forwarded-for"), trustedProxyHops);
          let result;
          try {
            result = await authorizeCredentials(credentials, { clientAddress, now: new Date() });
          } catch (error) {
            // next-auth would put the raw message (a database error, say) in the sign-in URL.
            console.error("Sign-in failed with an unexpected error; the user was told to try again later.", error);
            throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
          }
          if (result.status === "signed-in") return result.user;
          // next-auth passes a thrown message to the client as `error`; the form shows it as is.
          throw new Error(result.message);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user, trigger }) {
        if (trigger === "signIn") return tokenForSignIn(token, user, new Date());
        return checkSessionToken(token, new Date(), sessionMaxAgeSeconds);
      },
      session({ session, token }) {
        return sessionForToken(token, session.expires);
      },
    },
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : metadata.error;
        if (error instanceof SessionExpiredError) {
          console.info(`[auth] ${error.message}; treated as signed out.`);
          return;
        }
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        // next-auth repeats its warnings (NEXTAUTH_URL unset, say) on every request; once is enough.
        if (warningsShown.has(code)) return;
        warningsShown.add(code);
        console.warn(`[next-auth][warn][${code}] https://next-auth.js.org/warnings#${code.toLowerCase()}`);
      },
      debug() {
        // next-auth's debug output is off (debug: false); nothing to log.
      },
    },
  };
}

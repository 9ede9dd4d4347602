import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/server/users/data";
import { userOfSessionCookies } from "./session-user";

export type { SessionUser } from "@/server/users/data";

/** The signed-in user, re-read from the database once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => userOfSessionCookies(await cookies(), new Date()));

export type RequireUserOptions = {
  /** The path to come back to after signing in, e.g. "/classes". */
  returnTo?: string;
};

/** The signed-in user, or a redirect to /sign-in (with callbackUrl=returnTo when given). */
export async function requireUser(options: RequireUserOptions = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user !== null) return user;
  const query = options.returnTo === undefined ? "" : `?${new URLSearchParams({ callbackUrl: options.returnTo })}`;
  redirect(`/sign-in${query}`);
}

/** As requireUser, and a 403 (app/forbidden.tsx) for a signed-in user without the role. */
export async function requireRole(role: Role, options: RequireUserOptions = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (user.role !== role) forbidden();
  return user;
}

"use server";
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/**
 * Sessions are signed JWT cookies (decision 003), so signing out is deleting them; as a server action
 * it needs no client JavaScript (the next-auth client would add ~12 KB to every page) and Next checks
 * the Origin of the post. Chunked cookies (`.0`, `.1`, ...) and the Secure-prefixed name are covered.
 */
export async function signOutAction(): Promise<never> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(cookie.name)) jar.delete(cookie.name);
  }
  redirect("/sign-in");
}

import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { otherMethods } from "@/server/api/methods";
import { getAuthOptions } from "@/server/auth/options";

type NextAuthRouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are passed per request (not NextAuth(options) at import) so that reading the auth
// environment happens at run time, never during `next build`.
function handler(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };

// Every other method: a 405 naming these (server/api/methods.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");

import "server-only";
import { isCrossSiteRequest } from "../api/origin";
import { getCurrentUser, type SessionUser } from "../auth/session";
import { TeachError } from "./errors";

// The wrapper for the teach feature's route handlers (downloads and JSON): refuses cross-site
// writes (403), requires a session (401) and, where asked, the instructor role (403), maps
// TeachError to 404/400/409/429 with a JSON body, and logs anything unexpected as a 503.

const NO_STORE = { "Cache-Control": "no-store" };

export function teachErrorResponse(error: TeachError): Response {
  const status = { "not-found": 404, invalid: 400, conflict: 409, "too-many": 429 }[error.kind];
  return Response.json({ errors: error.fieldErrors, message: error.message }, { status, headers: NO_STORE });
}

export async function handleTeachRequest(
  request: Request,
  options: { stateChanging: boolean; role?: "INSTRUCTOR" | "STUDENT" },
  handler: (user: SessionUser) => Promise<Response>,
): Promise<Response> {
  let userId: string | null = null;
  try {
    if (options.stateChanging && isCrossSiteRequest(request.headers)) {
      return Response.json({ errors: {}, message: "Cross-site requests are not allowed" }, { status: 403, headers: NO_STORE });
    }
    const user = await getCurrentUser();
    if (!user) return Response.json({ errors: {}, message: "Sign in to use this" }, { status: 401, headers: NO_STORE });
    userId = user.id;
    if (options.role && user.role !== options.role) {
      return Response.json({ errors: {}, message: `Only ${options.role === "INSTRUCTOR" ? "instructors" : "students"} can do this` }, { status: 403, headers: NO_STORE });
    }
    return await handler(user);
  } catch (error) {
    if (error instanceof TeachError) return teachErrorResponse(error);
    console.error(`[teach] ${request.method} ${new URL(request.url).pathname} failed for user ${userId ?? "(none)"}:`, error instanceof Error ? (error.stack ?? error.message) : error);
    return Response.json({ errors: {}, message: "Something went wrong on our side. Try again in a moment." }, { status: 503, headers: { ...NO_STORE, "Retry-After": "5" } });
  }
}

/** A file download; the name is ASCII-only in `filename` and exact in `filename*`. */
export function downloadResponse(download: { fileName: string; contentType: string; body: string }): Response {
  const ascii = download.fileName.replace(/[^\w.-]/g, "_");
  return new Response(download.body, {
    headers: {
      ...NO_STORE,
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

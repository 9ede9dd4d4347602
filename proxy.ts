// Refuses a form posted to one of our pages from another site (a server action: settings, sign-up,
// classes, assignments, question edits) with a 403 page that says why, before Next's own check
// turns it into a bare 500 error page. Nothing is changed either way; this only makes the answer
// clear. The API routes check the same thing themselves (server/api/route.ts), with JSON bodies.
import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteRequest } from "@/server/api/origin";

export function proxy(request: NextRequest): NextResponse {
  if (request.method !== "POST" || !isCrossSiteRequest(request.headers)) return NextResponse.next();
  const from = request.headers.get("origin") ?? request.headers.get("sec-fetch-site") ?? "another site";
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Refused: sent from another site · Footnote</title></head>
<body>
<h1>This form was sent from another site</h1>
<p>Footnote only accepts its forms from its own pages. This one came from <strong>${escapeHtml(from)}</strong>, so it was refused and nothing was changed.</p>
<p>If you meant to do this, open <a href="/">Footnote</a> and use the form there.</p>
</body></html>
`;
  return new NextResponse(page, { status: 403, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export const config = {
  // Pages only (the API and Next's assets are left out), and only requests with an Origin header:
  // a browser sends one with every POST, and almost never with a page view, so pages are not slowed.
  matcher: [{ source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "origin" }] }],
};

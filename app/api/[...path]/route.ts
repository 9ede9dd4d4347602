// Any /api path without a route answers in JSON like the rest of the API, not with the HTML 404 page.
export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return Response.json({ error: `No API route at ${request.method} ${pathname}; see docs/api.md` }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;

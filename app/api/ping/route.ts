// A route that does nothing, as the benchmark's baseline for the cost of a request through Next.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}

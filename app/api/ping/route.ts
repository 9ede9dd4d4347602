// A route that does nothing, as the benchmark's baseline for the cost of a request through Next.
import { otherMethods } from "@/server/api/methods";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}

// Every other method: a 405 naming this one (server/api/methods.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

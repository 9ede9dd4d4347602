// A route that does nothing, as /api/ping does, but on the Pages Router: the benchmark's baseline for
// the cost of a request through the same kind of route as answer submission
// (docs/decisions/043-answer-route-in-pages-router.md).
import type { NextApiRequest, NextApiResponse } from "next";

export default function ping(request: NextApiRequest, response: NextApiResponse): void {
  response.setHeader("Content-Type", "application/json");
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.statusCode = 405;
    response.setHeader("Allow", "GET");
    response.end(`{"error":"${request.method} is not allowed here; use GET"}`);
    return;
  }
  response.end('{"ok":true}');
}

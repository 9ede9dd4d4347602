// A route that does nothing, as /api/ping does, but on the Pages Router: the benchmark's baseline for
// the cost of a request through the same kind of route as answer submission
// (docs/decisions/043-answer-route-in-pages-router.md).
import type { NextApiRequest, NextApiResponse } from "next";

export default function ping(_request: NextApiRequest, response: NextApiResponse): void {
  response.setHeader("Content-Type", "application/json");
  response.end('{"ok":true}');
}

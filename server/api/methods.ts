import "server-only";

// The answer to a method a route does not take, the same on every API route (docs/api.md): a 405
// in the API's JSON shape, with `Allow` naming the methods it takes. Next's own 405 for a method a
// route file does not export has neither, so each route file exports these for the others.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** On a handler made here: the methods its route takes (tests/integration/api-methods.test.ts reads it). */
export const ROUTE_METHODS = Symbol.for("footnote.routeMethods");

type MarkedHandler = ((request: Request) => Response) & { [ROUTE_METHODS]: readonly HttpMethod[] };

/** The study API answers errors as `{ error }`, the teach API as `{ errors, message }` (docs/api.md). */
type ErrorShape = "study" | "teach";

/** The body and headers of a 405, for either router. */
export function notAllowedReply(allowed: readonly string[], method: string | undefined, shape: ErrorShape = "study") {
  const allow = allowed.join(", ");
  const message = `${method ?? "This method"} is not allowed here; use ${allow} (see docs/api.md)`;
  return {
    status: 405,
    body: shape === "teach" ? { errors: {}, message } : { error: message },
    headers: { "Cache-Control": "no-store", Allow: allow },
  };
}

/** A route handler for every method the route does not take. */
function methodNotAllowed(allowed: readonly HttpMethod[], shape: ErrorShape): MarkedHandler {
  const handler = (request: Request) => {
    const reply = notAllowedReply(allowed, request.method, shape);
    return Response.json(reply.body, { status: reply.status, headers: reply.headers });
  };
  return Object.assign(handler, { [ROUTE_METHODS]: allowed });
}

/** The headers of a 204 answer to OPTIONS, for either router. */
export function optionsHeaders(allowed: readonly string[]): Record<string, string> {
  return { Allow: [...allowed, "OPTIONS"].join(", "), "Cache-Control": "no-store" };
}

/** OPTIONS: which methods the route takes (Next's own would also list the 405 handlers). */
function allowedMethods(allowed: readonly HttpMethod[]): MarkedHandler {
  const handler = () => new Response(null, { status: 204, headers: optionsHeaders(allowed) });
  return Object.assign(handler, { [ROUTE_METHODS]: allowed });
}

/**
 * Handlers for a route file to export for every method but its own, and OPTIONS:
 * `export const { PUT, PATCH, DELETE, GET, OPTIONS } = otherMethods("POST");`
 */
export function otherMethods(...allowed: HttpMethod[]): Record<HttpMethod | "OPTIONS", MarkedHandler> {
  return otherMethodsShaped(allowed, "study");
}

/** otherMethods for a teach API route, whose errors are `{ errors, message }`. */
export function otherTeachMethods(...allowed: HttpMethod[]): Record<HttpMethod | "OPTIONS", MarkedHandler> {
  return otherMethodsShaped(allowed, "teach");
}

function otherMethodsShaped(allowed: readonly HttpMethod[], shape: ErrorShape): Record<HttpMethod | "OPTIONS", MarkedHandler> {
  const notAllowed = methodNotAllowed(allowed, shape);
  return { GET: notAllowed, POST: notAllowed, PUT: notAllowed, PATCH: notAllowed, DELETE: notAllowed, OPTIONS: allowedMethods(allowed) };
}

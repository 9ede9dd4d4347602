import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { cookiesOfHeader } from "../auth/session-cookie";
import { notAllowedReply, optionsHeaders } from "./methods";
import { nodeHeaders } from "./origin";
import { decodeUtf8, invalid, MAX_BODY_CHARACTERS, type ApiResult } from "./respond";
import { answerApiRequest, type ApiOptions, type ApiReply } from "./route";

// The API wrapper for a Pages Router API route (docs/decisions/043-answer-route-in-pages-router.md):
// the same checks, statuses and bodies as handleApiRequest gives an App Router route handler, on
// Node's request and response.

/** What a Pages Router API route receives; NextApiRequest has these. */
export type PagesApiRequest = IncomingMessage & { query: Partial<Record<string, string | string[]>> };

/** A body larger than this many bytes cannot be within MAX_BODY_CHARACTERS (UTF-8: at most 4 bytes a character). */
const MAX_BODY_BYTES = MAX_BODY_CHARACTERS * 4;

/**
 * The request body as UTF-8 text (null when it is not valid UTF-8), or "too large" (having stopped
 * reading) once it is too large to be valid.
 */
function readBodyText(request: IncomingMessage, maxBytes: number = MAX_BODY_BYTES): Promise<string | null | "too large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        request.resume(); // drain the rest, so that the connection can carry the reply
        resolve("too large");
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => resolve(decodeUtf8(Buffer.concat(chunks, size))));
    request.on("error", reject);
    // A client gone before the end of its body: nothing is stored (and settling twice is a no-op).
    request.on("close", () => {
      if (!request.complete) reject(new Error("the client closed the connection before the end of the body"));
    });
  });
}

function send(response: ServerResponse, reply: ApiReply): void {
  // Written directly rather than with res.json(), which also hashes every body for an ETag that no
  // client of a POST uses.
  const body = JSON.stringify(reply.body);
  response.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
  response.setHeader("Content-Type", "application/json");
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.end(body);
}

/**
 * A POST route of the JSON API on the Pages Router: any other method is a 405 naming the allowed
 * one; the handler gets the signed-in user's id and the raw body as text (null when it is not UTF-8).
 */
export async function handlePagesApiPost(
  request: PagesApiRequest,
  response: ServerResponse,
  handler: (userId: string, rawBody: string | null) => Promise<ApiResult>,
  options: Pick<ApiOptions, "userCheckedByWrites"> = {},
): Promise<void> {
  if (request.method === "OPTIONS") {
    response.writeHead(204, optionsHeaders(["POST"])).end();
    request.resume();
    return;
  }
  if (request.method !== "POST") {
    send(response, notAllowedReply(["POST"], request.method));
    request.resume();
    return;
  }
  const reply = await answerApiRequest(
    {
      method: request.method,
      headers: nodeHeaders(request.headers),
      // From the header, rather than through Next's `request.cookies`, which parses every cookie.
      cookies: cookiesOfHeader(request.headers.cookie),
      pathname: () => new URL(request.url ?? "/", "http://localhost").pathname,
    },
    { ...options, stateChanging: true },
    async (userId) => {
      const rawBody = await readBodyText(request);
      if (rawBody === "too large") return invalid({ _body: [`The body is larger than ${MAX_BODY_CHARACTERS} characters`] });
      return handler(userId, rawBody);
    },
  );
  send(response, reply);
}

/** A dynamic segment of a Pages Router route, as one string (Next gives a string for `[id]`). */
export function routeParam(request: PagesApiRequest, name: string): string {
  const value = request.query[name];
  return Array.isArray(value) ? value.join("/") : (value ?? "");
}

import "server-only";

export type JsonBodyResult =
  | { status: "ok"; body: unknown }
  | { status: "unsupported-media-type"; message: string }
  | { status: "too-large"; message: string }
  | { status: "malformed"; message: string };

/**
 * Reads a JSON request body of at most maxBytes. Reads the stream itself, because a chunked
 * request has no Content-Length to check first.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return {
      status: "unsupported-media-type",
      message: `Send the body as JSON with the header Content-Type: application/json (got ${contentType === "" ? "no Content-Type" : `"${contentType}"`}).`,
    };
  }
  const tooLarge = { status: "too-large", message: `The body must be at most ${maxBytes} bytes.` } as const;
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > maxBytes) return tooLarge;

  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { status: "malformed", message: "The body is not valid UTF-8 text." };
  }
  if (text.trim() === "") return { status: "malformed", message: "The body is empty; send a JSON object." };
  try {
    return { status: "ok", body: JSON.parse(text) };
  } catch (error) {
    return { status: "malformed", message: `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

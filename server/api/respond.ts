import "server-only";
import type { z } from "zod";
import { flattenError } from "zod";
import { StudyError } from "../study/errors";

/** What an API handler returns: a status and a JSON body. Route files turn it into a Response. */
export type ApiResult = { status: number; body: unknown };

export const ok = (body: unknown, status = 200): ApiResult => ({ status, body });

export function invalid(fieldErrors: Record<string, string[]>, message = "The request is not valid"): ApiResult {
  return { status: 400, body: { error: message, fieldErrors } };
}

export function invalidFromZod(error: z.ZodError): ApiResult {
  const flattened = flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages && messages.length > 0) fieldErrors[field] = messages;
  }
  if (flattened.formErrors.length > 0) fieldErrors._body = flattened.formErrors;
  return invalid(fieldErrors);
}

/** Study bodies are small (an answer, a rating); anything bigger is a mistake or an attack. */
export const MAX_BODY_CHARACTERS = 64 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes as UTF-8 text, or null when they are not valid UTF-8 (rather than text with U+FFFD in it). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A Fetch request's body as UTF-8 text, or null when it is not valid UTF-8. */
export async function requestText(request: Request): Promise<string | null> {
  return decodeUtf8(new Uint8Array(await request.arrayBuffer()));
}

/**
 * Parses a request body as JSON; a body that is not JSON, not UTF-8 (null) or too big is a 400
 * naming `_body`.
 */
export function parseJsonBody(raw: string | null): { ok: true; value: unknown } | { ok: false; result: ApiResult } {
  if (raw === null) return { ok: false, result: invalid({ _body: ["The body is not valid UTF-8 text"] }) };
  if (raw.trim() === "") return { ok: false, result: invalid({ _body: ["Expected a JSON body"] }) };
  if (raw.length > MAX_BODY_CHARACTERS) return { ok: false, result: invalid({ _body: [`The body is larger than ${MAX_BODY_CHARACTERS} characters`] }) };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, result: invalid({ _body: [`The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] }) };
  }
}

/** Maps the study feature's expected failures to statuses; anything else is left to the route wrapper. */
export function studyErrorResult(error: unknown): ApiResult | null {
  if (!(error instanceof StudyError)) return null;
  if (error.kind === "not-found") return { status: 404, body: { error: error.message } };
  if (error.kind === "invalid") return invalid(error.details.fieldErrors ?? {}, error.message);
  return { status: 409, body: { error: error.message, ...error.details.body } };
}

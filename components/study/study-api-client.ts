// The browser side of the study API: one fetch helper that turns every outcome into data the
// components can show (never throws), so a lost connection is a message, not a crash.

export type ApiOutcome<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; message: string; body?: unknown };

export async function postJson<T>(url: string, body: unknown): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    // keepalive: an answer or a review sent just before the learner leaves the page (a grade key,
    // then a click on "Progress") still reaches the server; the bodies are far below its 64 KB cap.
    response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body ?? {}), keepalive: true });
  } catch {
    return { ok: false, status: 0, message: "Could not reach Footnote. Check your connection and try again." };
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // a non-JSON body (a proxy's error page): handled below by status
  }
  if (response.ok) return { ok: true, status: response.status, body: parsed as T };
  const error = typeof parsed === "object" && parsed !== null && "error" in parsed ? String((parsed as { error: unknown }).error) : null;
  if (response.status === 401) return { ok: false, status: 401, message: "Your session has ended. Sign in again to go on; your answers so far are saved." };
  return { ok: false, status: response.status, message: error ?? `Something went wrong (${response.status}). Try again.`, body: parsed };
}

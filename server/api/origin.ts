import "server-only";

/** Reads a request header by its (lower-case) name: a Fetch `Headers`, or nodeHeaders() below. */
export type HeaderReader = { get(name: string): string | null };

/** A Node request's headers as a HeaderReader (repeated headers joined with ", ", as Fetch does). */
export function nodeHeaders(headers: Record<string, string | string[] | undefined>): HeaderReader {
  return {
    get(name) {
      const value = headers[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/**
 * Whether a state-changing request comes from our own pages. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-site POST, so a cross-site form or fetch is refused; a client that
 * sends neither (curl, a script with the session cookie) is not a browser being tricked.
 */
export function isCrossSiteRequest(headers: HeaderReader): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file: page) or garbage
  }
  const hosts = [headers.get("host"), ...(headers.get("x-forwarded-host")?.split(",") ?? [])].map((host) => host?.trim().toLowerCase()).filter(Boolean);
  return !hosts.includes(originHost.toLowerCase());
}

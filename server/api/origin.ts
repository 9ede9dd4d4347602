import "server-only";

/**
 * Whether a state-changing request comes from our own pages. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-site POST, so a cross-site form or fetch is refused; a client that
 * sends neither (curl, a script with the session cookie) is not a browser being tricked.
 */
export function isCrossSiteRequest(headers: Headers): boolean {
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

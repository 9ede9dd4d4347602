const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";

// Pages that must not be a destination after signing in (a loop) or are not pages at all.
const EXCLUDED_PATHS = ["/sign-in", "/sign-up", "/api"];

/**
 * The callbackUrl query value as a path on this site, or null if it is missing, points elsewhere
 * ("//evil.example", "https://...", "/\\evil.example") or is one of the auth pages.
 */
export function safeCallbackPath(raw: string | string[] | undefined): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//")) return null;
  // Browsers treat "\" like "/" and strip tabs and newlines, so "/\evil" and "/\t/evil" leave the site.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return null; // not a URL at all: treated like a missing callbackUrl
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  const excluded = EXCLUDED_PATHS.some((excludedPath) => url.pathname === excludedPath || url.pathname.startsWith(`${excludedPath}/`));
  return excluded ? null : path;
}

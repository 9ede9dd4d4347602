import type { Article } from "@/lib/content/types";
import type { SourceRef } from "@/lib/questions/schema";

/**
 * The reader link for a question's source: /read/<slug>#<id> at the cited sentence or timeline
 * entry. A ref that is not an anchor in the reader (an infobox line) links to the nearest one: the
 * sentence, timeline entry or section heading whose text holds the answer, else the article's top
 * (where the infobox is shown).
 */
export function sourceHref(article: Pick<Article, "slug" | "sentences" | "timeline" | "sections">, source: Pick<SourceRef, "refId" | "start" | "end">): string {
  const base = `/read/${encodeURIComponent(article.slug)}`;
  const anchor = nearestAnchor(article, source);
  return anchor ? `${base}#${encodeURIComponent(anchor)}` : base;
}

function nearestAnchor(article: Pick<Article, "sentences" | "timeline" | "sections">, source: Pick<SourceRef, "refId" | "start" | "end">): string | null {
  if (article.sentences.some((sentence) => sentence.id === source.refId)) return source.refId;
  if (article.timeline.some((event) => event.id === source.refId)) return source.refId;
  const within = (start: number, end: number) => source.start >= start && source.start < end;
  const sentence = article.sentences.find((candidate) => within(candidate.start, candidate.end));
  if (sentence) return sentence.id;
  const event = article.timeline.find((candidate) => within(candidate.start, candidate.end));
  if (event) return event.id;
  // The innermost headed section (the lead has no heading to land on).
  const sections = article.sections.filter((section) => section.level > 1 && within(section.start, section.end));
  const innermost = sections.sort((a, b) => b.level - a.level)[0];
  return innermost?.id ?? null;
}

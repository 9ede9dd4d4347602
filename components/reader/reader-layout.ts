// Turns the article model into the blocks the reader renders: paragraphs, lists and timelines,
// each made of sentences that keep their ids (the anchors explanations link to).
//
// A paragraph that ends with ":" introduces what follows: a paragraph opening with a quotation mark
// after it is the quotation, shown as a block quotation; when the quotation is missing from the
// source (the parser marks the sentence damaged), the reader says so rather than leaving "said:"
// hanging.
import { MISSING_QUOTATION, QUOTATION_START } from "@/lib/content/parse-article";
import type { Article, Section, Sentence, TimelineEvent } from "@/lib/content/types";

export type ReaderBlock =
  | { kind: "paragraph"; sentences: Sentence[] }
  | { kind: "quotation"; sentences: Sentence[] }
  | { kind: "missing-quotation" }
  | { kind: "list"; items: Sentence[][] }
  | { kind: "timeline"; events: { event: TimelineEvent; sentences: Sentence[] }[] };

export type ReaderSection = { section: Section; blocks: ReaderBlock[] };

export function layoutArticle(article: Article): ReaderSection[] {
  const sentencesById = new Map(article.sentences.map((sentence) => [sentence.id, sentence]));
  const timelineSentenceIds = new Set(article.timeline.flatMap((event) => event.sentenceIds));
  const eventsBySection = new Map<string, TimelineEvent[]>();
  for (const event of article.timeline) {
    eventsBySection.set(event.sectionId, [...(eventsBySection.get(event.sectionId) ?? []), event]);
  }

  return article.sections.map((section) => {
    const blocks: ReaderBlock[] = [];
    const sentences = article.sentences.filter((sentence) => sentence.sectionId === section.id && !timelineSentenceIds.has(sentence.id));
    let current: { block: number | undefined; kind: Sentence["kind"]; sentences: Sentence[] } | null = null;
    const flush = () => {
      if (!current) return;
      const last = blocks.at(-1);
      if (current.kind === "list-item") {
        if (last?.kind === "list") last.items.push(current.sentences);
        else blocks.push({ kind: "list", items: [current.sentences] });
      } else if (last?.kind === "paragraph" && introducesQuotation(last.sentences) && QUOTATION_START.test(current.sentences[0]?.text ?? "")) {
        blocks.push({ kind: "quotation", sentences: current.sentences });
      } else {
        blocks.push({ kind: "paragraph", sentences: current.sentences });
        if (current.sentences.at(-1)?.damaged === MISSING_QUOTATION) blocks.push({ kind: "missing-quotation" });
      }
      current = null;
    };
    for (const sentence of sentences) {
      if (!current || current.block !== sentence.block || current.kind !== sentence.kind || sentence.block === undefined) {
        flush();
        current = { block: sentence.block, kind: sentence.kind, sentences: [] };
      }
      current.sentences.push(sentence);
    }
    flush();
    const events = eventsBySection.get(section.id);
    if (events && events.length > 0) {
      blocks.push({
        kind: "timeline",
        events: events.map((event) => ({
          event,
          sentences: event.sentenceIds.flatMap((id) => {
            const sentence = sentencesById.get(id);
            return sentence ? [sentence] : [];
          }),
        })),
      });
    }
    return { section, blocks };
  });
}

function introducesQuotation(sentences: readonly Sentence[]): boolean {
  return sentences.at(-1)?.text.endsWith(":") ?? false;
}

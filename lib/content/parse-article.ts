import { shortHash, sha256Hex } from "./hash";
import { parseInfoboxValues } from "./infobox-values";
import { MAX_ARTICLE_BYTES, describeSize, utf8Length } from "./limits";
import { slugify } from "./slug";
import { createLocator, problemAt, splitLines, type Locator, type SourceLine } from "./source-lines";
import { splitSentences } from "./split-sentences";
import { readDatePrefix } from "./timeline-dates";
import type { Article, InfoboxField, ParseResult, Problem, Section, Sentence, TimelineEvent } from "./types";

export type ParseOptions = {
  /** The file's name or path, e.g. "content/mali-war.txt"; used to check that it matches the title's slug. */
  fileName?: string;
};

type Report = (offset: number, severity: Problem["severity"], message: string) => void;

/** A paragraph (consecutive non-blank lines) or one list item; `start`/`end` delimit its trimmed text. */
type Block = { kind: "prose" | "list-item"; start: number; end: number; section: Section };

const TIMELINE_TITLE = /timeline|chronology/i;
/** What a paragraph that gives a quotation opens with. */
export const QUOTATION_START = /^["“«‘']/;
/** `Sentence.damaged` of a sentence ending in ":" that nothing follows ("Omar Ould Hamaha said:"). */
export const MISSING_QUOTATION = "introduces a quotation that is missing";

/** The text an id is computed from: NFC, runs of whitespace as one space, trimmed. Case and punctuation count. */
function normaliseForId(text: string): string {
  const composed = /[^\x00-\x7f]/.test(text) ? text.normalize("NFC") : text;
  return /\s\s|[^\S ]/u.test(composed) ? composed.replace(/\s+/gu, " ").trim() : composed.trim();
}
const sameTitle = (a: string, b: string) => normaliseForId(a).toLowerCase() === normaliseForId(b).toLowerCase();
const quoteForMessage = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

function isHeading(line: SourceLine): boolean {
  return line.text.startsWith("=");
}

const BULLET = /^-(?:\s+|$)/;

function trimmedSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(source[start] ?? "")) start += 1;
  while (end > start && /\s/u.test(source[end - 1] ?? "")) end -= 1;
  return { start, end };
}

function readTitle(line: SourceLine | undefined, report: Report): string | null {
  const expected = 'expected the title as "= Title =" on the first line';
  if (!line || !line.text.startsWith("=")) {
    report(line?.start ?? 0, "error", `${expected}, found ${quoteForMessage(line?.text ?? "")}`);
    return null;
  }
  const raw = line.text.trimEnd();
  const opening = /^=+/.exec(raw)?.[0].length ?? 0;
  if (opening > 1) {
    report(line.start, "error", `${expected}: the title has one "=" on each side, found a level-${opening} heading`);
    return null;
  }
  const closing = raw.length > 1 ? /=+$/.exec(raw) : null;
  if (!closing) {
    report(line.start + raw.length, "error", `title line is not closed; ${expected} ("=" at the end of the line)`);
    return null;
  }
  if (closing[0].length !== 1) {
    report(line.start + closing.index, "error", `title line closes with ${closing[0].length} "=" but opens with 1; ${expected}`);
    return null;
  }
  const title = raw.slice(1, closing.index).trim();
  if (title === "") {
    report(line.start, "error", `title is empty; ${expected}`);
    return null;
  }
  return title;
}

/** Returns the heading's level and title, reporting any error; null when the line cannot be read as a heading at all. */
function readHeading(line: SourceLine, report: Report): { level: number; title: string } | null {
  const raw = line.text.trimEnd();
  const opening = /^=+/.exec(raw)?.[0].length ?? 0;
  if (opening === raw.length) {
    report(line.start, "error", 'heading has no title; expected "==Section==" or "===Subsection==="');
    return null;
  }
  const closingMatch = /=+$/.exec(raw);
  const closing = closingMatch ? closingMatch[0].length : 0;
  const title = raw.slice(opening, raw.length - closing).trim();
  const level = Math.min(opening, 6);
  const wanted = `"${"=".repeat(level)}${title}${"=".repeat(level)}"`;
  if (opening === 1) {
    report(line.start, "error", `a heading with one "=" is the article title and only allowed on line 1; expected a section heading such as "==${title}=="`);
  } else if (opening > 6) {
    report(line.start, "error", `heading has ${opening} "="; headings go down to level 6; expected at most "======"`);
  } else if (closing === 0) {
    report(line.start + raw.length, "error", `heading is not closed; expected "${"=".repeat(opening)}" at the end of the line: ${wanted}`);
  } else if (closing !== opening) {
    report(line.start + (closingMatch?.index ?? 0), "error", `heading opens with ${opening} "=" but closes with ${closing}; expected ${wanted}`);
  } else if (title === "") {
    report(line.start, "error", `heading has no title; expected ${wanted}`);
  }
  return { level: Math.max(level, 2), title };
}

function readInfoboxLine(source: string, line: SourceLine, report: Report): InfoboxField | null {
  const bullet = BULLET.exec(line.text);
  if (!bullet) {
    report(line.start, "error", `expected an infobox line "- Key: Value" (the infobox ends at the first blank line), found ${quoteForMessage(line.text)}`);
    return null;
  }
  const keyStart = line.start + bullet[0].length;
  const colonInLine = line.text.indexOf(":", keyStart - line.start);
  const colon = colonInLine === -1 ? -1 : line.start + colonInLine;
  if (colon === -1) {
    report(keyStart, "error", `infobox line has no ":" after its key; expected "- Key: Value", found ${quoteForMessage(line.text)}`);
    return null;
  }
  const key = source.slice(keyStart, colon).trim();
  if (key === "") {
    report(keyStart, "error", 'infobox line has an empty key; expected "- Key: Value"');
    return null;
  }
  const value = trimmedSpan(source, colon + 1, line.end);
  const { values, notices } = parseInfoboxValues(source, value.start, value.end);
  for (const notice of notices) report(notice.offset, "notice", notice.message);
  if (values.length === 0) report(colon, "notice", `infobox field "${key}" has no value`);
  return {
    key,
    values,
    line: line.number,
    start: line.start,
    end: line.end,
    valueText: source.slice(value.start, value.end),
    valueStart: value.start,
    valueEnd: value.end,
  };
}

/** Assigns `prefix + hash`, with "-2", "-3", ... for repeats, in document order. */
function createIdMaker(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}

/** "sec-" + the path's slugs joined by "--"; a hash of the path when a title has no Latin letters or digits. */
function sectionBaseId(path: readonly string[]): string {
  const slugs = path.map(slugify);
  return slugs.every((slug) => slug !== "") ? `sec-${slugs.join("--")}` : `sec-${shortHash(path.map(normaliseForId).join("\n"))}`;
}

function isUnderTimeline(section: Section, sectionsById: ReadonlyMap<string, Section>): boolean {
  for (let current: Section | undefined = section; current && current.level > 1; current = sectionsById.get(current.parentId ?? "")) {
    if (TIMELINE_TITLE.test(current.title)) return true;
  }
  return false;
}

/**
 * Parses one article in the content format (content/README.md) into the structured model.
 * Never throws: every format error and notice is returned in `problems` with a 1-based line and
 * column; `article` is null when there is at least one error.
 */
export function parseArticle(source: string, options: ParseOptions = {}): ParseResult {
  const size = utf8Length(source, MAX_ARTICLE_BYTES);
  if (size > MAX_ARTICLE_BYTES) {
    return {
      article: null,
      problems: [{ severity: "error", line: 1, column: 1, message: `file is over ${describeSize(MAX_ARTICLE_BYTES)}; an article may be at most 5 MB` }],
    };
  }
  if (source.trim() === "") {
    return {
      article: null,
      problems: [{ severity: "error", line: 1, column: 1, message: 'file is empty; expected the title as "= Title =" on the first line' }],
    };
  }

  const problems: Problem[] = [];
  const lines = splitLines(source);
  const locate: Locator = createLocator(lines);
  const report: Report = (offset, severity, message) => problems.push(problemAt(locate, offset, severity, message));

  const title = readTitle(lines[0], report) ?? "";
  const slug = slugify(title) || (title ? `article-${shortHash(normaliseForId(title))}` : "");

  const lead: Section = { id: "lead", title, level: 1, path: [], parentId: null, start: 0, end: source.length, line: 1 };
  const sections: Section[] = [lead];
  const sectionsById = new Map<string, Section>([[lead.id, lead]]);
  const blocks: Block[] = [];
  const infobox: InfoboxField[] = [];

  let index = 1;
  while (index < lines.length && isBlank(lines[index] as SourceLine)) index += 1;
  const infoboxHeader = lines[index];
  if (title && infoboxHeader && sameTitle(infoboxHeader.text, title)) {
    index += 1;
    const seenKeys = new Map<string, number>();
    for (; index < lines.length; index++) {
      const line = lines[index] as SourceLine;
      if (isBlank(line) || isHeading(line)) break;
      const field = readInfoboxLine(source, line, report);
      if (!field) continue;
      const earlier = seenKeys.get(field.key.toLowerCase());
      if (earlier !== undefined) report(line.start, "notice", `infobox key "${field.key}" repeats the key on line ${earlier}`);
      else seenKeys.set(field.key.toLowerCase(), line.number);
      infobox.push(field);
    }
  }

  const makeSectionId = createIdMaker();
  let current = lead;
  let paragraph: { start: number; end: number } | null = null;
  const flushParagraph = () => {
    if (paragraph) blocks.push({ kind: "prose", ...paragraph, section: current });
    paragraph = null;
  };

  for (; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) {
      flushParagraph();
      continue;
    }
    if (isHeading(line)) {
      flushParagraph();
      const heading = readHeading(line, report);
      if (!heading) continue;
      let parent: Section = current;
      while (parent.level >= heading.level && parent.parentId !== null) parent = sectionsById.get(parent.parentId) ?? lead;
      const path = [...parent.path, heading.title];
      current = {
        id: makeSectionId(sectionBaseId(path)),
        title: heading.title,
        level: heading.level,
        path,
        parentId: parent.id,
        start: line.start,
        end: source.length,
        line: line.number,
      };
      sections.push(current);
      sectionsById.set(current.id, current);
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      flushParagraph();
      const item = trimmedSpan(source, line.start + bullet[0].length, line.end);
      if (item.start === item.end) report(line.start, "notice", "list item is empty; it is ignored");
      else blocks.push({ kind: "list-item", ...item, section: current });
      continue;
    }
    const text = trimmedSpan(source, line.start, line.end);
    if (paragraph) paragraph.end = text.end;
    else paragraph = text;
  }
  flushParagraph();

  // A section's region runs until the next heading of the same or a higher level.
  const open: Section[] = [];
  for (const section of sections.slice(1)) {
    while (open.length > 0 && (open[open.length - 1] as Section).level >= section.level) (open.pop() as Section).end = section.start;
    open.push(section);
  }
  for (const section of open) section.end = source.length;
  lead.end = sections[1]?.start ?? source.length;

  const makeSentenceId = createIdMaker();
  const makeEventId = createIdMaker();
  const sentences: Sentence[] = [];
  const timeline: TimelineEvent[] = [];

  blocks.forEach((block, blockIndex) => {
    const text = source.slice(block.start, block.end);
    const spans = splitSentences(text);
    const blockSentences = spans.map((span, spanIndex): Sentence => {
      const start = block.start + span.start;
      const end = block.start + span.end;
      const sentenceText = source.slice(start, end);
      let damaged = span.damage?.reason;
      if (span.damage) report(block.start + span.damage.offset, "notice", `damaged text: ${span.damage.reason}`);
      const isLast = spanIndex === spans.length - 1;
      if (isLast && sentenceText.endsWith(":") && !introducesWhatFollows(block, blocks[blockIndex + 1], source)) {
        damaged ??= MISSING_QUOTATION;
        report(end - 1, "notice", `damaged text: sentence ends with ":" but no quotation follows, so it ${MISSING_QUOTATION}: ${quoteForMessage(sentenceText)}`);
      }
      return {
        id: makeSentenceId(`s-${shortHash(normaliseForId(sentenceText))}`),
        sectionId: block.section.id,
        text: sentenceText,
        start,
        end,
        kind: block.kind,
        ...(damaged ? { damaged } : {}),
        block: blockIndex,
      };
    });
    sentences.push(...blockSentences);

    if (block.kind !== "list-item" || !isUnderTimeline(block.section, sectionsById)) return;
    const prefix = readDatePrefix(text);
    if ("reason" in prefix) {
      report(block.start + prefix.offset, "error", prefix.reason);
      return;
    }
    timeline.push({
      id: makeEventId(`t-${shortHash(normaliseForId(text))}`),
      sectionId: block.section.id,
      date: prefix.date,
      dateText: text.slice(prefix.dateStart, prefix.dateEnd),
      text,
      start: block.start,
      end: block.end,
      body: text.slice(prefix.bodyStart),
      bodyStart: block.start + prefix.bodyStart,
      bodyEnd: block.end,
      sentenceIds: blockSentences.map((sentence) => sentence.id),
    });
  });

  if (options.fileName && slug) {
    const base = options.fileName.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, "") ?? "";
    if (base !== slug) report(0, "notice", `file name "${base}" does not match the title's slug; expected "${slug}.txt"`);
  }

  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.some((problem) => problem.severity === "error")) return { article: null, problems };
  const article: Article = { title, slug, infobox, sections, sentences, timeline, contentHash: sha256Hex(source) };
  return { article, problems };
}

/** A sentence ending in ":" is whole when a list or a quotation follows it in the same section. */
function introducesWhatFollows(block: Block, next: Block | undefined, source: string): boolean {
  if (block.kind !== "prose" || !next || next.section !== block.section) return false;
  return next.kind === "list-item" || QUOTATION_START.test(source.slice(next.start, next.start + 1));
}

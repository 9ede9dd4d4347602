// The structured model of one article in the content format (see content/README.md).
//
// Span invariant: every object below with `text` and `start`/`end` satisfies
// `text === source.slice(start, end)`, where `source` is the exact string given to `parseArticle`
// (UTF-16 offsets, as JavaScript strings index). TimelineEvent also satisfies
// `body === source.slice(bodyStart, bodyEnd)`. Section and InfoboxField have no `text`: their
// `start`/`end` delimit a region (see the comments on each).

/** A calendar date as written in a timeline entry. `month` is 1-12. */
export type DatePoint = {
  year: number;
  month?: number;
  day?: number;
  /** Last day of a day range in the same month: "25–26 February 2022", "On 25 to 26 February 2022". */
  endDay?: number;
  /** Last month of a range across months: "25 February – 3 March 2022" (endDay is then the day in endMonth). */
  endMonth?: number;
  /** Last year of a year range: "1235–1255:". */
  endYear?: number;
  /** "c. 1235", "circa 1235", "Early 2011", "Late 2011", "Mid-2011". */
  approximate?: boolean;
  /** Set with `approximate` for "Early 2011" / "Mid-2011" / "Late 2011". */
  qualifier?: "early" | "mid" | "late";
};

/**
 * "(2012–2017)" -> { from: 2012, to: 2017 }; "(2002–present)" -> { from: 2002, to: null }; "(2013)" -> { from: 2013, to: 2013 }.
 * `text` is as written, without the parentheses. `approximate` for "(c. 1235–1255)" and "(1430s–1591)" (from = 1430).
 */
export type Period = { from: number; to: number | null; text: string; approximate?: boolean };

/**
 * One cleaned value of an infobox field. `depth` = nesting stars (0, 1, 2). `text` is cleaned
 * (no image-size token, stars, pipes or trailing period) and is still a contiguous slice of the
 * source: `text === source.slice(start, end)`.
 */
export type InfoboxValue = {
  text: string;
  period?: Period;
  depth: number;
  start: number;
  end: number;
  /** Why the value looks damaged, e.g. "range without a start year". A notice is reported too. */
  damaged?: string;
};

/** `start`/`end` delimit the whole "- Key: Value" line content (no line break). */
export type InfoboxField = {
  key: string;
  values: InfoboxValue[];
  /** 1-based line number. */
  line: number;
  start: number;
  end: number;
  /** The whole value after "Key: " as written, for fields that read better as free text. valueText === source.slice(valueStart, valueEnd). */
  valueText?: string;
  valueStart?: number;
  valueEnd?: number;
};

/**
 * level 1 = the lead (id "lead", title = article title, path []), 2 for ==X==, 3 for ===X===.
 * path = titles from the top section down, e.g. ["Timeline of attacks", "2007–09"].
 * `start`/`end` delimit the section's region: from the start of its heading line (0 for the lead)
 * to the start of the next heading of the same or a higher level (or the end of the source), so a
 * section's region contains its subsections.
 */
export type Section = {
  id: string;
  title: string;
  level: number;
  path: string[];
  parentId: string | null;
  start: number;
  end: number;
  /** 1-based line of the heading (1 for the lead: the title line). */
  line?: number;
};

/**
 * One sentence of prose or of a list item. `damaged` is the reason, e.g. "introduces a quotation
 * that is missing". `id` is a valid HTML id / URL fragment, stable while the text is unchanged.
 */
export type Sentence = {
  id: string;
  sectionId: string;
  text: string;
  start: number;
  end: number;
  kind: "prose" | "list-item";
  damaged?: string;
  /** 0-based index of the paragraph or list item the sentence belongs to, in document order. */
  block?: number;
};

/**
 * A dated bullet under a heading whose title (or an ancestor's) contains "Timeline" or "Chronology".
 * `text`/`start`/`end`: the whole bullet text after "- " (date included).
 * `body`/`bodyStart`/`bodyEnd`: the text after the date prefix ("11 April 2007: ", "On 20 June 2020, "),
 * first letter kept as written. `dateText` is the date as written ("11 April 2007", "20 June 2020").
 */
export type TimelineEvent = {
  id: string;
  sectionId: string;
  date: DatePoint;
  dateText: string;
  text: string;
  start: number;
  end: number;
  body: string;
  bodyStart: number;
  bodyEnd: number;
  sentenceIds: string[];
};

/** `line` and `column` are 1-based; `column` counts UTF-16 code units from the start of the line. */
export type Problem = { severity: "error" | "notice"; line: number; column: number; message: string };

export type Article = {
  title: string;
  slug: string;
  infobox: InfoboxField[];
  sections: Section[];
  sentences: Sentence[];
  timeline: TimelineEvent[];
  /** SHA-256 (hex) of the source text, for detecting changed articles. */
  contentHash?: string;
};

/** `article` is null when the source has a format error; `problems` lists errors and notices in source order. */
export type ParseResult = { article: Article | null; problems: Problem[] };

/** A sentence inside a block of text. Offsets are relative to the block. */
/** `damage.offset` is where the damage is, relative to the block. */
export type SentenceSpan = { start: number; end: number; damage?: { reason: string; offset: number } };

const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

/** Abbreviations that precede a name or a word and never end a sentence ("Gen. Carter Ham", "St. Louis", "Roe v. Wade"). */
const NEVER_FINAL = new Set([
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Col", "Lt", "Capt", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
  "Cdr", "Brig", "Gov", "Sen", "Rep", "Pres", "Rev", "Fr", "St", "Ste", "Mt", "Ft", "Hon", "Jr", "Sr", "vs", "v",
]);

/** Abbreviations that do not end a sentence when a number follows ("c. 1235", "No. 5", "pp. 12–14"). */
const FINAL_UNLESS_NUMBER_FOLLOWS = new Set([
  "c", "ca", "fl", "r", "b", "d", "No", "no", "Nos", "Vol", "vol", "p", "pp", "Art", "Fig", "fig", "approx", "cf",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

const MONTHS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]);

/** What may start a sentence: a capital, a digit, an opening quote or bracket, or a letter of a script without case (Arabic). */
const SENTENCE_START = /^(?:[\p{Lu}\p{Lt}\p{Lo}\d"“‘'(\[«¿¡]|(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu})/u;

function quotesAreBalanced(text: string): boolean {
  let straight = 0;
  let curlyOpen = 0;
  let curlyClose = 0;
  let guillemetOpen = 0;
  let guillemetClose = 0;
  for (const char of text) {
    if (char === '"') straight += 1;
    else if (char === "“") curlyOpen += 1;
    else if (char === "”") curlyClose += 1;
    else if (char === "«") guillemetOpen += 1;
    else if (char === "»") guillemetClose += 1;
  }
  return straight % 2 === 0 && curlyOpen === curlyClose && guillemetOpen === guillemetClose;
}

type QuoteState = { straightOpen: boolean; curly: number; guillemet: number };

function updateQuotes(state: QuoteState, char: string | undefined): void {
  if (char === '"') state.straightOpen = !state.straightOpen;
  else if (char === "“") state.curly += 1;
  else if (char === "”") state.curly = Math.max(0, state.curly - 1);
  else if (char === "«") state.guillemet += 1;
  else if (char === "»") state.guillemet = Math.max(0, state.guillemet - 1);
}

const insideQuotes = (state: QuoteState) => state.straightOpen || state.curly > 0 || state.guillemet > 0;
const isWhitespace = (char: string | undefined) =>
  char === " " || char === "\n" || char === "\t" || char === "\r" || (char !== undefined && char > "\x7f" && /\s/u.test(char));
const isLetterOrDot = (char: string | undefined) => char !== undefined && /[\p{L}.]/u.test(char);

type Decision = { boundary: boolean; damage?: { reason: string; offset: number } };

/** Decides whether a full stop at `stop`, followed by the word at `next`, ends a sentence. */
function judgeFullStop(text: string, stop: number, next: number): Decision {
  let wordStart = stop;
  while (wordStart > 0 && isLetterOrDot(text[wordStart - 1])) wordStart -= 1;
  const word = text.slice(wordStart, stop);
  const following = text.slice(next, next + 8); // enough to see "2013" or a capital; slicing the rest would be quadratic
  const preceding = text.slice(Math.max(0, wordStart - 4), wordStart);
  const numberFollows = /^\d/.test(following);
  if (word === "") return { boundary: true };
  // Dotted abbreviations: "U.S.", "a.m.", "e.g.", "J.R.R."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return { boundary: false };
  // An initial before a name: "Stephen M. McGown", "J. R. R. Tolkien", "D. T. Niane".
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(following)) return { boundary: false };
  if (NEVER_FINAL.has(word)) return { boundary: false };
  if (FINAL_UNLESS_NUMBER_FOLLOWS.has(word) && numberFollows) return { boundary: false };
  // Damage seen in real articles: a full stop inside a date, "released on 9 December. 2013." Reading it as a
  // sentence end would leave "2013." as a sentence of its own, so the date is kept together and marked.
  if (MONTHS.has(word) && /\d\s+$/.test(preceding) && /^\d{3,4}(?!\d)/.test(following)) {
    const dayStart = wordStart - preceding.length + preceding.search(/\d{1,2}\s+$/);
    const year = /^\d{3,4}/.exec(following)?.[0] ?? "";
    return {
      boundary: false,
      damage: { reason: `stray full stop inside the date "${text.slice(dayStart, stop + 1)} ${year}"`, offset: stop },
    };
  }
  return { boundary: true };
}

const STRAY_DATE_FULL_STOP = new RegExp(`(\\b\\d{1,2}\\s+(?:${[...MONTHS].join("|")}))\\.(?=\\s+\\d{3,4}(?!\\d))`, "g");

/**
 * The text as a reader should see it: the stray full stop inside a date ("released on 9 December.
 * 2013.") left out. The model keeps it (a sentence is a slice of the source, and the sentence is
 * marked damaged); the reader and quoted explanations show "9 December 2013".
 */
export function withoutStrayDateFullStops(text: string): string {
  return text.replace(STRAY_DATE_FULL_STOP, "$1");
}

/** Whether the terminal run text[index, terminalsEnd) with its closers up to `end` ends a sentence, and where the next one starts. */
function judgeEnd(text: string, index: number, terminalsEnd: number, end: number, quoted: boolean): Decision & { next: number } {
  const noBoundary = { boundary: false, next: end };
  if (end >= text.length || !isWhitespace(text[end])) return noBoundary; // "3.5", "U.S.-led", or the block's end
  let next = end;
  while (isWhitespace(text[next])) next += 1;
  if (next >= text.length) return noBoundary;
  if (!SENTENCE_START.test(text.slice(next, next + 40))) return noBoundary;
  if (quoted) return noBoundary;
  if (terminalsEnd - index === 1 && text[index] === ".") return { ...judgeFullStop(text, index, next), next };
  return { boundary: true, next };
}

/**
 * Splits a block (a paragraph or one list item, already trimmed) into sentences. A sentence ends at
 * ".", "!", "?" or "…" (with any closing quotes or brackets) followed by whitespace and something that can
 * start a sentence; abbreviations, initials, decimals and full stops inside a quotation do not end one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const trackQuotes = quotesAreBalanced(text);
  const quotes: QuoteState = { straightOpen: false, curly: 0, guillemet: 0 };
  let sentenceStart = 0;
  let damage: SentenceSpan["damage"];

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (!TERMINALS.has(char ?? "")) {
      updateQuotes(quotes, char);
      continue;
    }
    let terminalsEnd = index;
    while (TERMINALS.has(text[terminalsEnd] ?? "")) terminalsEnd += 1;
    let end = terminalsEnd;
    const after: QuoteState = { ...quotes };
    while (end < text.length && CLOSERS.has(text[end] ?? "")) {
      const closer = text[end];
      if (closer === '"' && !after.straightOpen) break; // an opening quote, not a closing one
      updateQuotes(after, closer);
      end += 1;
    }
    const decision = judgeEnd(text, index, terminalsEnd, end, trackQuotes && insideQuotes(after));
    if (decision.damage) damage ??= decision.damage;
    if (decision.boundary) {
      sentences.push({ start: sentenceStart, end, ...(damage ? { damage } : {}) });
      damage = undefined;
      sentenceStart = decision.next;
    }
    Object.assign(quotes, after);
    index = end - 1;
  }
  if (sentenceStart < text.length) sentences.push({ start: sentenceStart, end: text.length, ...(damage ? { damage } : {}) });
  return sentences;
}

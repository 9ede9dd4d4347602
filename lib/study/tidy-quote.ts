// The quoted source as a reader shows it: an explanation quotes the article file's own text (so its
// offsets stay the file's), and an infobox line there still has the file's list markup, which the
// reader's infobox does not show: the line's "- " bullet, an image size ("20px"), and the "*" or "**"
// that nest one value under another; and prose keeps a stray full stop inside a date ("9 December.
// 2013"), which the reader leaves out. Only text outside the marked answer is tidied.
import { withoutStrayDateFullStops } from "../content/split-sentences";

type Part = { text: string; answer: boolean };

export function tidyQuotedParts(parts: readonly Part[]): Part[] {
  const tidied = parts.map((part, index) => {
    if (part.answer) return part;
    let text = part.text;
    if (index === 0) text = text.replace(/^- /, "");
    text = withoutStrayDateFullStops(text)
      .replace(/(^|[\s,:])\d{1,4}px\s+/g, "$1")
      .replace(/,\s*\*+\s*/g, ", ")
      .replace(/(^|:\s)\*+\s*/g, "$1");
    return { ...part, text };
  });
  return tidied.filter((part) => part.text.length > 0);
}

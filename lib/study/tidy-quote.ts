// The quoted source as a reader shows it: an explanation quotes the article file's own text (so its
// offsets stay the file's), and an infobox line there still has the file's list markup, which the
// reader's infobox does not show: the line's "- " bullet, an image size ("20px"), and the "*" or "**"
// that nest one value under another. Only text outside the marked answer is tidied.

type Part = { text: string; answer: boolean };

export function tidyQuotedParts(parts: readonly Part[]): Part[] {
  const tidied = parts.map((part, index) => {
    if (part.answer) return part;
    let text = part.text;
    if (index === 0) text = text.replace(/^- /, "");
    text = text
      .replace(/(^|[\s,:])\d{1,4}px\s+/g, "$1")
      .replace(/,\s*\*+\s*/g, ", ")
      .replace(/(^|:\s)\*+\s*/g, "$1");
    return { ...part, text };
  });
  return tidied.filter((part) => part.text.length > 0);
}

import { z } from "zod";
import type { Problem } from "./types";

/**
 * The attribution sidecar (`<article>.attribution` next to `<article>.txt`): one line of plain text,
 * shown verbatim wherever the article's text is shown (reader footer, exports).
 */
const attributionSchema = z
  .string()
  .trim()
  .min(1, "attribution file is empty; expected one line naming the source and its licence")
  .max(1000, "attribution is longer than 1000 characters; expected one line naming the source and its licence")
  .refine((text) => !/[\r\n]/.test(text), "attribution has more than one line; expected a single line");

export function readAttribution(text: string): { attribution: string | null; problems: Problem[] } {
  const parsed = attributionSchema.safeParse(text);
  if (parsed.success) return { attribution: parsed.data, problems: [] };
  const firstLine = text.slice(0, Math.max(0, text.search(/\S/))).split("\n").length;
  return {
    attribution: null,
    problems: parsed.error.issues.map((issue) => ({
      severity: "error" as const,
      line: issue.message.includes("more than one line") ? firstLine + 1 : firstLine,
      column: 1,
      message: issue.message,
    })),
  };
}

import { readNumberValue } from "../answers/answer-values";
import type { Random } from "./seeded-random";

// Numbers written in prose ("more than 30 people", "$50 million", "90 per cent") and believable
// wrong numbers written the same way.

export type NumberMention = { text: string; start: number; end: number; value: number; prefix: string; suffix: string; grouped: boolean };

const NUMBER = /(?<![\p{L}\p{N}.,$£€-])((?:US)?[$£€])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?( (?:million|billion|thousand))?( per cent|%)?(?![\p{L}\p{N}]|[.,]\d|-year|th\b|st\b|nd\b|rd\b)/gu;

/** Numbers in a text, skipping years, parts of names ("Resolution 2100") and anything in `skip` ranges. */
export function findNumberMentions(text: string, offset: number, skip: readonly { start: number; end: number }[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (skip.some((range) => start < range.end && end > range.start)) continue;
    const [whole, prefix = "", digits, , scale = "", suffix = ""] = match;
    const plain = Number(digits!.replace(/,/g, ""));
    const before = text.slice(0, match.index);
    if (prefix === "" && scale === "" && suffix === "" && plain >= 1000 && plain <= 2100 && !digits!.includes(",")) continue;
    if (/\p{Lu}[\p{L}.]*\s$/u.test(before) && !/^(?:On|In|By|About|Some|Around|Over|Nearly|Almost)\s$/.test(before.slice(-7).trimStart())) continue;
    const value = readNumberValue(whole.replace(/^US/, ""));
    if (value === undefined) continue;
    mentions.push({ text: whole, start, end, value: value.value, prefix, suffix: `${scale}${suffix}`, grouped: digits!.includes(",") });
  }
  return mentions;
}

/** Three other numbers in the answer's format, far enough apart to be clearly different and none of `excluded`. */
export function chooseNumberDistractors(answer: NumberMention, excluded: readonly number[], random: Random, count = 3): string[] {
  const scale = answer.suffix.includes("million") ? 1_000_000 : answer.suffix.includes("billion") ? 1_000_000_000 : answer.suffix.includes("thousand") ? 1_000 : 1;
  const base = answer.value / scale;
  const candidates = new Set<number>();
  const decimals = answer.text.match(/\.(\d+)/)?.[1]?.length ?? 0;
  if (decimals > 0) {
    for (const factor of [0.4, 0.5, 0.6, 0.75, 1.3, 1.5, 2, 2.5]) candidates.add(roundNicely(base * factor, decimals));
  } else if (Number.isInteger(base) && base < 20) {
    for (const step of [-6, -4, -3, -2, 2, 3, 4, 5, 7, 9]) if (base + step > 0) candidates.add(base + step);
  } else {
    for (const factor of [0.25, 0.4, 0.5, 0.6, 1.5, 2, 2.5, 3, 4]) candidates.add(roundNicely(base * factor));
  }
  const percent = /per cent|%/.test(answer.suffix);
  const pool = [...candidates].filter((value) => value !== base && value > 0 && (!percent || value < 100) && !excluded.includes(value * scale));
  const chosen: number[] = [];
  // Spread: some below and some above, so the answer is not always the middle value.
  const below = pool.filter((value) => value < base);
  const above = pool.filter((value) => value > base);
  const order = random() < 0.5 ? [below, above] : [above, below];
  while (chosen.length < count && (below.length > 0 || above.length > 0)) {
    for (const side of order) {
      if (side.length === 0 || chosen.length >= count) continue;
      const index = Math.floor(random() * side.length);
      chosen.push(side.splice(index, 1)[0]!);
    }
  }
  return chosen.map((value) => formatLike(value, answer));
}

function roundNicely(value: number, decimals = 0): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  if (value < 10) return Math.max(1, Math.round(value));
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function formatLike(value: number, answer: NumberMention): string {
  const decimals = answer.text.match(/\.(\d+)/)?.[1]?.length ?? 0;
  const digits = decimals > 0 ? value.toFixed(decimals) : answer.grouped || value >= 10_000 ? value.toLocaleString("en-US") : String(value);
  return `${answer.prefix}${digits}${answer.suffix}`;
}

import { editDistance, typoTolerance } from "./edit-distance";
import { normaliseAnswer } from "./normalise-answer";

/** The parts of a question that answer checking needs (a `Question` from lib/questions fits). */
export type CheckableQuestion = {
  kind: string;
  answer: string | readonly string[] | readonly (readonly [string, string])[];
  accepted?: readonly string[];
};

export type AnswerResponse = string | boolean | readonly string[] | readonly (readonly [string, string])[];

export type AnswerCheck = {
  correct: boolean;
  /** The expected or accepted string the response was judged equal to (for a typed answer). */
  matched?: string;
};

const TRUE_WORDS = new Set(["true", "t", "yes", "y"]);
const FALSE_WORDS = new Set(["false", "f", "no", "n"]);

/** Judges a response to a question: a chosen or typed string, a true/false, an ordering or matching pairs. */
export function checkAnswer(question: CheckableQuestion, response: AnswerResponse): AnswerCheck {
  const { answer } = question;
  if (typeof answer === "string") {
    if (question.kind === "true-false") return checkTrueFalse(answer, response);
    if (typeof response !== "string") return { correct: false };
    return checkText([answer, ...(question.accepted ?? [])], response);
  }
  if (!Array.isArray(response)) return { correct: false };
  if (answer.every((item): item is string => typeof item === "string")) {
    return checkOrder(answer, response);
  }
  return checkPairs(answer as readonly (readonly [string, string])[], response);
}

/** Compares a typed or chosen string with the expected answer and its accepted variants. */
export function checkText(expected: readonly string[], response: string): AnswerCheck {
  const given = normaliseAnswer(response);
  if (given === "") return { correct: false };
  for (const candidate of expected) {
    if (normaliseAnswer(candidate) === given) return { correct: true, matched: candidate };
  }
  for (const candidate of expected) {
    const normalised = normaliseAnswer(candidate);
    const tolerance = Math.min(typoTolerance(normalised), typoTolerance(given));
    if (tolerance > 0 && editDistance(normalised, given, tolerance) <= tolerance) return { correct: true, matched: candidate };
    if (swapsTwoLetters(normalised, given)) return { correct: true, matched: candidate };
  }
  return { correct: false };
}

/**
 * Two neighbouring letters typed the wrong way round ("Isreal" for "Israel"), in a word of five or
 * more letters: the commonest slip, and one that never turns one short name into another as a
 * wrong letter can ("Mali" / "Mari"). Digits are never swapped (1324 / 1342 are different years).
 */
function swapsTwoLetters(expected: string, given: string): boolean {
  if (expected.length !== given.length || expected.replace(/\s/g, "").length < 5 || /\d/.test(expected)) return false;
  const at = [...expected].findIndex((character, index) => character !== given[index]);
  if (at < 0 || at + 1 >= expected.length) return false;
  return expected[at] === given[at + 1] && expected[at + 1] === given[at] && /\p{L}/u.test(expected[at]!) && expected.slice(at + 2) === given.slice(at + 2);
}

/** A true/false response as a boolean, or undefined when it is neither (true, "True", "yes", "f"...). */
export function readTrueFalse(response: unknown): boolean | undefined {
  if (typeof response === "boolean") return response;
  if (typeof response !== "string") return undefined;
  const word = normaliseAnswer(response);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

function checkTrueFalse(answer: string, response: AnswerResponse): AnswerCheck {
  const expected = normaliseAnswer(answer) === "true";
  const given = readTrueFalse(response);
  if (given === undefined) return { correct: false };
  return given === expected ? { correct: true, matched: answer } : { correct: false };
}

function checkOrder(answer: readonly string[], response: readonly unknown[]): AnswerCheck {
  if (response.length !== answer.length || !response.every((item) => typeof item === "string")) return { correct: false };
  const correct = answer.every((item, index) => normaliseAnswer(item) === normaliseAnswer(response[index] as string));
  return { correct };
}

function checkPairs(answer: readonly (readonly [string, string])[], response: readonly unknown[]): AnswerCheck {
  const isPair = (item: unknown): item is readonly [string, string] =>
    Array.isArray(item) && item.length === 2 && typeof item[0] === "string" && typeof item[1] === "string";
  if (response.length !== answer.length || !response.every(isPair)) return { correct: false };
  const key = ([left, right]: readonly [string, string]) => `${normaliseAnswer(left)}\u0000${normaliseAnswer(right)}`;
  const expected = new Set(answer.map(key));
  const given = new Set(response.map(key));
  const correct = given.size === expected.size && [...given].every((pair) => expected.has(pair));
  return { correct };
}

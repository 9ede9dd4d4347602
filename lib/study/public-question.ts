import type { Question, QuestionKind } from "@/lib/questions/schema";
import { createRandom, shuffled } from "@/lib/questions/seeded-random";

/**
 * What the browser may see of a question before it is answered: no answer, accepted variants,
 * source or explanation. Choices are shuffled with the attempt's seed; for an ordering question they
 * are the items in an order that is never the right one, for matching the right-hand items likewise.
 */
export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** Options to pick from; for timeline-order the items to put in order; for matching the right-hand items. */
  choices?: string[];
  /** Matching only: the left-hand items, in display order. */
  lefts?: string[];
  typeable: boolean;
};

/** How a response to this question is given. */
export type ResponseMode = "choice" | "text" | "order" | "match";

export function responseModeOf(question: Pick<PublicQuestion, "kind" | "choices">): ResponseMode {
  if (question.kind === "timeline-order") return "order";
  if (question.kind === "matching") return "match";
  return question.choices && question.choices.length > 0 ? "choice" : "text";
}

export function toPublicQuestion(question: Question, seed: string): PublicQuestion {
  const random = createRandom(`${seed}:${question.id}`);
  const base = { id: question.id, kind: question.kind, prompt: question.prompt, typeable: question.typeable };
  switch (question.kind) {
    case "true-false":
      // True then False, always: a fixed order reveals nothing.
      return { ...base, choices: ["True", "False"] };
    case "timeline-order":
      return { ...base, choices: shuffleAwayFrom(question.answer, question.answer, random) };
    case "matching": {
      const rights = question.answer.map(([, right]) => right);
      return { ...base, lefts: question.answer.map(([left]) => left), choices: shuffleAwayFrom(rights, rights, random) };
    }
    case "flashcard":
      return base;
    default:
      return question.choices ? { ...base, choices: shuffled(question.choices, random) } : base;
  }
}

/** A shuffle of `items` that differs from `forbidden` (the correct order) whenever that is possible. */
function shuffleAwayFrom(items: readonly string[], forbidden: readonly string[], random: () => number): string[] {
  let order = shuffled(items, random);
  for (let tries = 0; tries < 8 && order.every((item, index) => item === forbidden[index]); tries++) order = shuffled(items, random);
  if (order.length > 1 && order.every((item, index) => item === forbidden[index])) order = [...order.slice(1), order[0]!];
  return order;
}

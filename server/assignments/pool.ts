import "server-only";
import type { Question } from "@/lib/questions/schema";
import { drawQuiz, inSections } from "@/lib/study/draw-quiz";
import { assignableQuestions } from "../question-edits/data";

// The questions an assignment draws from: the instructor's view of the bank (edits applied,
// retired ones out), filtered by the assignment's sections and kinds; written questions are always
// in when "include my own questions" is on (their kind is only how they are asked).

export type PoolOptions = { sections: readonly string[]; kinds: readonly string[]; includeOwnQuestions: boolean };

export async function assignmentPool(instructorId: string, articleId: string, options: PoolOptions): Promise<Question[]> {
  const bank = await assignableQuestions(instructorId, articleId);
  const sections = options.sections.length > 0 ? new Set(options.sections) : null;
  const kinds = options.kinds.length > 0 ? new Set(options.kinds) : null;
  return bank
    .filter((entry) => (entry.origin === "written" ? options.includeOwnQuestions : !kinds || kinds.has(entry.question.kind)))
    .filter((entry) => inSections(entry.question, sections))
    .map((entry) => entry.question);
}

/** Up to `count` questions, interleaving kinds, in an order fixed by the seed. */
export function drawFromPool(pool: readonly Question[], count: number, seed: string): Question[] {
  return drawQuiz(pool, { count }, seed);
}

import "server-only";
import type { Question } from "@/lib/questions/schema";
import { quizCapacity } from "@/lib/study/draw-quiz";
import { getAssignmentForInstructor, type InstructorAssignment } from "./data";
import { assignmentPool } from "./pool";

// The questions of an assignment as a set, for printing and exporting: with "same" questions the
// drawn ones (in order); with a per-student draw, the whole pool each student's draw comes from.

export type AssignmentQuestionSet = { assignment: InstructorAssignment; questions: Question[]; isWholePool: boolean };

export async function assignmentQuestionSet(instructorId: string, assignmentId: string): Promise<AssignmentQuestionSet> {
  const assignment = await getAssignmentForInstructor(instructorId, assignmentId);
  const pool = await assignmentPool(instructorId, assignment.articleId, assignment);
  if (assignment.drawMode === "per-student") return { assignment, questions: pool, isWholePool: true };
  const byId = new Map(pool.map((question) => [question.id, question]));
  return { assignment, questions: assignment.questionIds.flatMap((id) => byId.get(id) ?? []), isWholePool: false };
}

/**
 * How many questions an attempt started now gets: with "same" questions, the drawn ones the
 * article's current version still has; with a draw per student, what most draws of the pool hold
 * (each student's draw has its own seed), at most the number asked for. Lower than the count the
 * assignment was made with once a new version of the article lost some.
 */
export function questionsAskedNow(set: AssignmentQuestionSet): number {
  return set.isWholePool ? perStudentDrawSize(set.assignment.questionCount, set.questions) : set.questions.length;
}

/** What a student's draw from this pool holds: what most draws hold (quizCapacity), at most the number asked for. */
export function perStudentDrawSize(questionCount: number, pool: readonly Question[]): number {
  return Math.min(questionCount, quizCapacity(pool));
}

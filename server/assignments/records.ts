import "server-only";
import { z } from "zod";
import { questionKindSchema } from "@/lib/questions/schema";
import { DRAW_MODES, REVIEW_POLICIES, type DrawMode, type ReviewPolicy } from "@/lib/teach/schedule";

// The stored assignment row read back through zod (its JSON columns and string enums).

export const assignmentSelect = {
  id: true,
  classId: true,
  articleId: true,
  title: true,
  sections: true,
  kinds: true,
  includeOwnQuestions: true,
  questionCount: true,
  opensAt: true,
  dueAt: true,
  lateUntil: true,
  timeLimitMinutes: true,
  attemptsAllowed: true,
  drawMode: true,
  seed: true,
  questionIds: true,
  reviewAfter: true,
  createdAt: true,
} as const;

export type AssignmentRow = {
  id: string;
  classId: string;
  articleId: string;
  title: string;
  sections: string;
  kinds: string;
  includeOwnQuestions: boolean;
  questionCount: number;
  opensAt: Date;
  dueAt: Date;
  lateUntil: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  drawMode: string;
  seed: string;
  questionIds: string;
  reviewAfter: string;
  createdAt: Date;
};

export type AssignmentRecord = Omit<AssignmentRow, "sections" | "kinds" | "questionIds" | "drawMode" | "reviewAfter"> & {
  sections: string[];
  kinds: z.infer<typeof questionKindSchema>[];
  questionIds: string[];
  drawMode: DrawMode;
  reviewAfter: ReviewPolicy;
};

const stringList = z.array(z.string());

export function readAssignment(row: AssignmentRow): AssignmentRecord {
  return {
    ...row,
    sections: stringList.parse(JSON.parse(row.sections)),
    kinds: z.array(questionKindSchema).parse(JSON.parse(row.kinds)),
    questionIds: stringList.parse(JSON.parse(row.questionIds)),
    drawMode: z.enum(DRAW_MODES).parse(row.drawMode),
    reviewAfter: z.enum(REVIEW_POLICIES).parse(row.reviewAfter),
  };
}

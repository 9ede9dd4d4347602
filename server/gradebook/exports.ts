import "server-only";
import { toCsv } from "@/lib/teach/csv";
import { EXPORT_FORMAT_DETAILS, type ExportFormat } from "@/lib/teach/export-set";
import { toAnki } from "@/lib/teach/anki";
import { toGift } from "@/lib/teach/gift";
import { toMoodleXml } from "@/lib/teach/moodle-xml";
import { assignmentQuestionSet } from "../assignments/question-set";
import { getGradebook } from "./data";

// Downloads for the instructor of the assignment's class: the gradebook as CSV, and the question
// set in Moodle GIFT, Moodle XML or Anki's text format, each carrying the article's attribution.

export type Download = { fileName: string; contentType: string; body: string };

function fileSlug(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "assignment";
}

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

export async function gradebookCsv(instructorId: string, assignmentId: string, part: "students" | "items", now: Date): Promise<Download> {
  const gradebook = await getGradebook(instructorId, assignmentId, now);
  const { assignment } = gradebook;
  const rows =
    part === "students"
      ? [
          ["Student", "Email", "Status", "Attempts used", "Attempts allowed", "Score (%)", "Correct", "Questions", "Time taken (min)", "Submitted at (UTC)", "Late"],
          ...gradebook.rows.map((row) => [
            row.name,
            row.email,
            row.status,
            row.attemptsUsed,
            assignment.attemptsAllowed,
            row.graded ? Math.round(row.graded.score * 1000) / 10 : null,
            row.graded?.correct,
            row.graded?.total,
            row.graded ? minutes(row.graded.timeTakenMs) : null,
            row.graded?.submittedAt.toISOString(),
            row.graded ? row.graded.late : null,
          ]),
        ]
      : [
          ["Question id", "Kind", "Prompt", "Correct answer", "Seen", "Correct", "Unanswered", "Facility", "Discrimination (point-biserial)", "Flags", "Choices picked"],
          ...gradebook.items.map((item) => [
            item.questionId,
            item.kind,
            item.prompt,
            item.correctAnswer,
            item.seen,
            item.correct,
            item.unanswered,
            item.facility === null ? null : Math.round(item.facility * 1000) / 1000,
            item.discrimination === null ? null : Math.round(item.discrimination * 1000) / 1000,
            item.flags.join(" "),
            item.choices.map((choice) => `${choice.choice}: ${choice.count}`).join("; "),
          ]),
        ];
  return { fileName: `${fileSlug(assignment.title)}-${part}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(rows) };
}

export async function exportAssignmentQuestions(instructorId: string, assignmentId: string, format: ExportFormat): Promise<Download> {
  const { assignment, questions } = await assignmentQuestionSet(instructorId, assignmentId);
  const set = { title: assignment.article.title, slug: assignment.article.slug, attribution: assignment.article.attribution, questions };
  const body = format === "gift" ? toGift(set) : format === "moodle-xml" ? toMoodleXml(set) : toAnki(set);
  const details = EXPORT_FORMAT_DETAILS[format];
  return { fileName: `${fileSlug(assignment.title)}.${details.extension}`, contentType: details.contentType, body };
}

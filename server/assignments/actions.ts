"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flattenError, z } from "zod";
import { assignmentFormSchema } from "@/lib/teach/schema";
import { requireRole } from "../auth/session";
import { formStateFromError } from "../classes/errors";
import { createAssignment, startAssignmentAttempt } from "./mutations";

export type FormState = { errors: Record<string, string[] | undefined>; message: string | null };

export async function createAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = assignmentFormSchema.safeParse({
    classId: formData.get("classId"),
    title: formData.get("title"),
    articleSlug: formData.get("articleSlug"),
    sections: formData.getAll("sections").map(String),
    kinds: formData.getAll("kinds").map(String),
    includeOwnQuestions: formData.get("includeOwnQuestions") === "on",
    questionCount: formData.get("questionCount"),
    opensAt: formData.get("opensAt"),
    dueAt: formData.get("dueAt"),
    lateUntil: formData.get("lateUntil") ?? "",
    timeZone: formData.get("timeZone") || "UTC",
    timeLimitMinutes: formData.get("timeLimitMinutes") ?? "",
    attemptsAllowed: formData.get("attemptsAllowed"),
    drawMode: formData.get("drawMode"),
    reviewAfter: formData.get("reviewAfter"),
  });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Some fields need fixing; see the messages next to them." };
  let created: { id: string; questionCount: number };
  try {
    created = await createAssignment(instructor.id, parsed.data);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath("/assignments");
  revalidatePath(`/classes/${parsed.data.classId}`);
  // Fewer than asked for: the assignment page says why.
  redirect(created.questionCount < parsed.data.questionCount ? `/assignments/${created.id}?asked=${parsed.data.questionCount}` : `/assignments/${created.id}`);
}

export async function startAttemptAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const student = await requireRole("STUDENT");
  const assignmentId = z.string().min(1).max(100).safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) return { errors: { assignmentId: ["Missing assignment id"] }, message: "Missing assignment id." };
  let attemptId: string;
  try {
    attemptId = (await startAssignmentAttempt(student.id, assignmentId.data, new Date())).attemptId;
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath("/assignments");
  redirect(`/quiz/${attemptId}`);
}

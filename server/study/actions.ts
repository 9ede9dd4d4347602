"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flattenError } from "zod";
import { settingsSchema, startQuizSchema } from "@/lib/study/schema";
import { requireRole } from "../auth/session";
import { StudyError } from "./errors";
import { saveStudySettings, startQuiz } from "./mutations";

export type FormState = { errors: Record<string, string[] | undefined>; message: string | null; saved?: boolean };

/** The study page's "Start a quiz" form. On success the browser goes to the new attempt. */
export async function startQuizAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("STUDENT");
  const parsed = startQuizSchema.safeParse({
    articleSlug: formData.get("articleSlug"),
    count: Number(formData.get("count")),
    sections: formData.getAll("sections").map(String),
    kinds: formData.getAll("kinds").map(String),
  });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Check the highlighted choices." };
  let attemptId: string;
  let held: number;
  try {
    const started = await startQuiz(user.id, parsed.data, new Date());
    attemptId = started.attemptId;
    held = started.questions.length;
  } catch (error) {
    if (error instanceof StudyError && error.kind === "invalid") return { errors: error.details.fieldErrors ?? {}, message: Object.values(error.details.fieldErrors ?? {}).flat()[0] ?? error.message };
    throw error;
  }
  revalidatePath(`/study/${parsed.data.articleSlug}`);
  // The quiz page says why it holds fewer questions than asked for.
  redirect(held < parsed.data.count ? `/quiz/${attemptId}?asked=${parsed.data.count}` : `/quiz/${attemptId}`);
}

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("STUDENT");
  const parsed = settingsSchema.safeParse({
    desiredRetention: formData.get("desiredRetention"),
    newCardsPerDay: formData.get("newCardsPerDay"),
    timeZone: formData.get("timeZone"),
  });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Some settings need fixing." };
  await saveStudySettings(user.id, parsed.data);
  revalidatePath("/settings");
  revalidatePath("/progress");
  return { errors: {}, message: "Settings saved.", saved: true };
}

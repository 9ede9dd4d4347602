"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { flattenError, z } from "zod";
import { questionEditSchema, writtenQuestionSchema } from "@/lib/teach/schema";
import { requireRole } from "../auth/session";
import { formStateFromError } from "../classes/errors";
import { revertQuestionEdit, saveQuestionEdit, setQuestionRetired, writeQuestion } from "./mutations";

export type FormState = { errors: Record<string, string[] | undefined>; message: string | null; done?: boolean };

const slugSchema = z.string().min(1).max(200);
const lines = (value: FormDataEntryValue | null) => String(value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const bankPath = (slug: string) => `/classes/articles/${encodeURIComponent(slug)}`;

export async function saveQuestionEditAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const slug = slugSchema.safeParse(formData.get("articleSlug"));
  const choices = lines(formData.get("choices"));
  const parsed = questionEditSchema.safeParse({
    questionId: formData.get("questionId"),
    prompt: formData.get("prompt"),
    choices: choices.length > 0 ? choices : undefined,
    answer: formData.get("answer") || undefined,
  });
  if (!slug.success) return { errors: {}, message: "Missing article." };
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "The edit needs fixing." };
  try {
    await saveQuestionEdit(instructor.id, slug.data, parsed.data);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(bankPath(slug.data));
  return { errors: {}, message: "Saved. Your classes' new attempts use this version.", done: true };
}

export async function setRetiredAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = z.object({ articleSlug: slugSchema, questionId: z.string().min(1).max(100), retired: z.enum(["true", "false"]) }).safeParse({
    articleSlug: formData.get("articleSlug"),
    questionId: formData.get("questionId"),
    retired: formData.get("retired"),
  });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Missing question." };
  try {
    await setQuestionRetired(instructor.id, parsed.data.articleSlug, parsed.data.questionId, parsed.data.retired === "true", new Date());
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(bankPath(parsed.data.articleSlug));
  return { errors: {}, message: parsed.data.retired === "true" ? "Retired from your assignments." : "Restored.", done: true };
}

export async function revertEditAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = z.object({ articleSlug: slugSchema, questionId: z.string().min(1).max(100) }).safeParse({ articleSlug: formData.get("articleSlug"), questionId: formData.get("questionId") });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Missing question." };
  try {
    await revertQuestionEdit(instructor.id, parsed.data.articleSlug, parsed.data.questionId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(bankPath(parsed.data.articleSlug));
  return { errors: {}, message: "Back to the generated question.", done: true };
}

export async function writeQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = writtenQuestionSchema.safeParse({
    articleSlug: formData.get("articleSlug"),
    // No sentence chosen (the placeholder option is disabled) sends no field at all.
    sentenceId: formData.get("sentenceId") ?? "",
    prompt: formData.get("prompt"),
    answer: formData.get("answer"),
    wrongChoices: lines(formData.get("wrongChoices")),
  });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "The question needs fixing; see the messages next to the fields." };
  try {
    await writeQuestion(instructor.id, parsed.data);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(bankPath(parsed.data.articleSlug));
  return { errors: {}, message: "Question added to your assignments' pool for this article.", done: true };
}

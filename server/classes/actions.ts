"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flattenError, z } from "zod";
import { createClassSchema, joinClassSchema } from "@/lib/teach/schema";
import { requireRole } from "../auth/session";
import { formStateFromError } from "./errors";
import { createClass, joinClassByCode, regenerateJoinCode, removeStudent } from "./mutations";

export type FormState = { errors: Record<string, string[] | undefined>; message: string | null; done?: boolean };

const idSchema = z.string().min(1).max(100);

export async function createClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = createClassSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Check the class name." };
  const created = await createClass(instructor.id, parsed.data);
  revalidatePath("/classes");
  redirect(`/classes/${created.id}`);
}

export async function regenerateJoinCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const classId = idSchema.safeParse(formData.get("classId"));
  if (!classId.success) return { errors: { classId: ["Missing class id"] }, message: "Missing class id." };
  try {
    const code = await regenerateJoinCode(instructor.id, classId.data);
    revalidatePath(`/classes/${classId.data}`);
    revalidatePath("/classes");
    return { errors: {}, message: `New join code: ${code}. The old code no longer works.`, done: true };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function removeStudentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const instructor = await requireRole("INSTRUCTOR");
  const parsed = z.object({ classId: idSchema, studentId: idSchema }).safeParse({ classId: formData.get("classId"), studentId: formData.get("studentId") });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Missing class or student id." };
  try {
    await removeStudent(instructor.id, parsed.data.classId, parsed.data.studentId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/classes/${parsed.data.classId}`);
  return { errors: {}, message: "Student removed from the class.", done: true };
}

export async function joinClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const student = await requireRole("STUDENT");
  const parsed = joinClassSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return { errors: flattenError(parsed.error).fieldErrors, message: "Check the class code." };
  try {
    const joined = await joinClassByCode(student.id, parsed.data.code);
    revalidatePath("/assignments");
    return { errors: {}, message: joined.alreadyEnrolled ? `You are already in ${joined.className}.` : `You joined ${joined.className}.`, done: true };
  } catch (error) {
    return formStateFromError(error);
  }
}

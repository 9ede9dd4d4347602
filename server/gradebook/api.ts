import "server-only";
import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/teach/export-set";
import { downloadResponse } from "../classes/api";
import { invalidField } from "../classes/errors";
import { exportAssignmentQuestions, gradebookCsv } from "./exports";

// Route handlers' work for the instructor's downloads, with the user id and clock passed in.

const gradebookQuery = z.object({ part: z.enum(["students", "items"], { message: 'Expected part=students or part=items' }).default("students") });
const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS, { message: `Expected format=${EXPORT_FORMATS.join(", format=")}` }) });

export async function gradebookDownload(instructorId: string, assignmentId: string, search: URLSearchParams, now: Date): Promise<Response> {
  const query = gradebookQuery.safeParse({ part: search.get("part") ?? undefined });
  if (!query.success) throw invalidField("part", query.error.issues[0]?.message ?? "Invalid part");
  return downloadResponse(await gradebookCsv(instructorId, assignmentId, query.data.part, now));
}

export async function questionSetDownload(instructorId: string, assignmentId: string, search: URLSearchParams): Promise<Response> {
  const query = exportQuery.safeParse({ format: search.get("format") ?? undefined });
  if (!query.success) throw invalidField("format", query.error.issues[0]?.message ?? "Invalid format");
  return downloadResponse(await exportAssignmentQuestions(instructorId, assignmentId, query.data.format));
}

import { z } from "zod";
import type { Article } from "./types";

// For reading a stored Article back (e.g. the JSON model kept in the database): the parser's output
// is trusted, anything read from storage is checked against this schema first.

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const datePointSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  endDay: z.number().int().min(1).max(31).optional(),
  endMonth: z.number().int().min(1).max(12).optional(),
  endYear: z.number().int().optional(),
  approximate: z.boolean().optional(),
  qualifier: z.enum(["early", "mid", "late"]).optional(),
});

const periodSchema = z.object({
  from: z.number().int(),
  to: z.number().int().nullable(),
  text: z.string(),
  approximate: z.boolean().optional(),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  infobox: z.array(
    z.object({
      key: z.string().min(1),
      values: z.array(
        z.object({ text: z.string(), period: periodSchema.optional(), depth: z.number().int().nonnegative(), ...span, damaged: z.string().optional() }),
      ),
      line: z.number().int().positive(),
      ...span,
      valueText: z.string().optional(),
      valueStart: z.number().int().nonnegative().optional(),
      valueEnd: z.number().int().nonnegative().optional(),
    }),
  ),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      level: z.number().int().min(1),
      path: z.array(z.string()),
      parentId: z.string().nullable(),
      ...span,
      line: z.number().int().positive().optional(),
    }),
  ),
  sentences: z.array(
    z.object({
      id: z.string(),
      sectionId: z.string(),
      text: z.string(),
      ...span,
      kind: z.enum(["prose", "list-item"]),
      damaged: z.string().optional(),
      block: z.number().int().nonnegative().optional(),
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.string(),
      sectionId: z.string(),
      date: datePointSchema,
      dateText: z.string(),
      text: z.string(),
      ...span,
      body: z.string(),
      bodyStart: z.number().int().nonnegative(),
      bodyEnd: z.number().int().nonnegative(),
      sentenceIds: z.array(z.string()),
    }),
  ),
  contentHash: z.string().optional(),
});

// The schema and the hand-written types in types.ts must describe exactly the same shape (every field,
// optional or not); this line stops the build if either drifts.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesTypes: Equals<z.infer<typeof articleSchema>, Article> = true;
void schemaMatchesTypes;

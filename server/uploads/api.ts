import "server-only";
import { MAX_ARTICLE_BYTES } from "@/lib/content/limits";
import { attributionFieldSchema } from "@/lib/teach/schema";
import { TeachError } from "../classes/errors";
import { uploadArticle, type UploadResult } from "./mutations";

// POST /api/classes/articles: multipart/form-data with `file` (the article) and `attribution`.
// The body is read with a byte limit while it streams (a chunked request has no length to check).

/** The article's 5 MB plus room for the form's boundaries and the attribution field. */
const MAX_BODY_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;

async function readLimited(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => new TeachError("invalid", "The file is over 5 MB; an article may be at most 5 MB (5,242,880 bytes).", { file: ["At most 5 MB"] });
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

export async function handleArticleUpload(instructorId: string, request: Request, now: Date): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) {
    return Response.json({ errors: {}, message: "Send the article as multipart/form-data with the fields file and attribution." }, { status: 415 });
  }
  const body = await readLimited(request);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body).buffer, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new TeachError("invalid", "The form data could not be read; send the fields file and attribution.", { file: ["Choose an article file"] });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new TeachError("invalid", "Choose an article file (.txt in the content format).", { file: ["Choose an article file (.txt in the content format)"] });
  const attribution = attributionFieldSchema.safeParse(form.get("attribution") ?? "");
  if (!attribution.success) {
    const message = attribution.error.issues[0]?.message ?? "Enter the attribution";
    throw new TeachError("invalid", message, { attribution: [message] });
  }
  const result: UploadResult = await uploadArticle(instructorId, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), attribution: attribution.data }, now);
  return Response.json(result, { status: result.status === "accepted" ? 201 : 422, headers: { "Cache-Control": "no-store" } });
}

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS, ROUTE_METHODS, type HttpMethod } from "@/server/api/methods";

// Every JSON API route answers a method it does not take with a 405 in the API's shape and an
// `Allow` header naming the methods it takes (docs/api.md), instead of Next's bare 405, and answers
// OPTIONS with the same list. Route files are found on disk, so a new route is checked too.

const API_DIR = path.resolve(__dirname, "../../app/api");
// The catch-all answers 404 to every method, OPTIONS included.
const NOT_OURS = new Set(["[...path]/route.ts"]);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

type Handler = ((request: Request) => Response | Promise<Response>) & { [ROUTE_METHODS]?: readonly HttpMethod[] };

describe("methods an API route does not take", () => {
  const files = routeFiles(API_DIR).filter((file) => !NOT_OURS.has(path.relative(API_DIR, file).split(path.sep).join("/")));

  it("finds the API's route files", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    const name = path.relative(API_DIR, file);
    it(`${name}: 405 with Allow for the others, and OPTIONS listing its own`, async () => {
      const route = (await import(file)) as Partial<Record<HttpMethod | "OPTIONS", Handler>>;
      const own = HTTP_METHODS.filter((method) => typeof route[method] === "function" && route[method]?.[ROUTE_METHODS] === undefined);
      expect(own.length, `${name} takes no method of its own`).toBeGreaterThan(0);
      const url = `http://localhost/api/${name}`;
      for (const method of HTTP_METHODS.filter((candidate) => !own.includes(candidate))) {
        const handler = route[method];
        expect(handler, `${name} does not answer ${method}`).toBeTypeOf("function");
        expect(handler?.[ROUTE_METHODS]).toEqual(own);
        const response = await handler!(new Request(url, { method }));
        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe(own.join(", "));
        expect(response.headers.get("cache-control")).toBe("no-store");
        const message = `${method} is not allowed here; use ${own.join(", ")} (see docs/api.md)`;
        // Each API in its own error shape (docs/api.md): the teach routes answer { errors, message }.
        const teach = /^(?:assignments|classes)[\\/]/.test(name);
        expect(await response.json()).toEqual(teach ? { errors: {}, message } : { error: message });
      }
      const options = await route.OPTIONS!(new Request(url, { method: "OPTIONS" }));
      expect(options.status).toBe(204);
      expect(options.headers.get("allow")).toBe([...own, "OPTIONS"].join(", "));
    });
  }
});

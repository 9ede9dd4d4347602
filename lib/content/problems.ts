import type { Problem } from "./types";

/** "content/x.txt:12:5: error: message" — the shape editors and CI logs turn into links. */
export function formatProblem(fileName: string, problem: Problem): string {
  return `${fileName}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

export function hasFormatErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

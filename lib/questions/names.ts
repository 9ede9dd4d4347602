/** "Old Town (disputed)" -> "Old Town"; "People's Front (North)" keeps its capitalised disambiguator. */
export function displayName(text: string): string {
  return text.replace(/\s*\((?:[a-z][^()]*)\)$/, "").trim();
}

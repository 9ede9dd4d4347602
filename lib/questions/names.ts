/** "Niani (disputed)" -> "Niani"; "Ansar al-Sharia (Libya)" keeps its capitalised disambiguator. */
export function displayName(text: string): string {
  return text.replace(/\s*\((?:[a-z][^()]*)\)$/, "").trim();
}

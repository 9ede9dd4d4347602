// How an infobox key becomes a question: a small table of the keys encyclopedia infoboxes use, the
// wording for each, and a fallback for keys not in the table. Nothing here knows any article.

export type EntityType =
  | "person"
  | "place"
  | "organisation"
  | "polity"
  | "country-code"
  | "conflict"
  | "collective"
  | "language"
  | "belief"
  | "date"
  | "number"
  | "other";

/** Extra default for a key's values: "subject" = same kind as the article; "party" = a side in a conflict. */
export type DefaultValueType = EntityType | "subject" | "party";

/**
 * membership: a list ("Which of these is listed among X's allies?").
 * single: usually one value, asked as "Which organisation preceded X?" and typed.
 * date: a date or year ("When was X established?").
 * skip: never asked (metadata, free text, trivial).
 */
export type KeyStyle = "membership" | "single" | "date" | "skip";

export type KeyProfile = {
  style: KeyStyle;
  /** The relation in a noun phrase: "allies", "a predecessor". Used in "listed among X's {plural}" etc. */
  singular: string;
  plural: string;
  /** Type of the values when their shape does not say otherwise; "subject" = the same kind of thing as the article. */
  valueType: DefaultValueType;
  /** Keys of one family never supply distractors to each other (a battle is not wrong for "wars"). */
  family: string;
  /** Families whose values are the best distractors (opponents for allies) and make provably false statements. */
  contrast: string[];
  /** Wording, with {S} = subject, {S's} = its possessive, {N} = singular, {T} = the subject's type noun. */
  membershipPrompt?: string;
  statement?: string;
  singlePrompt?: string;
  /** For date keys: which end of the value to ask about. */
  dateEnd?: "start" | "end";
};

const membership = (
  singular: string,
  plural: string,
  valueType: DefaultValueType,
  family: string,
  contrast: string[],
  membershipPrompt: string,
  statement: string,
): KeyProfile => ({ style: "membership", singular, plural, valueType, family, contrast, membershipPrompt, statement });

const skip: KeyProfile = { style: "skip", singular: "", plural: "", valueType: "other", family: "skip", contrast: [] };

/** Keys are matched after lower-casing and collapsing spaces/underscores; a trailing "(s)" or "s" is tolerated. */
const PROFILES: Readonly<Record<string, KeyProfile>> = {
  allies: membership("ally", "allies", "party", "allies", ["opponents"], "Which of these is listed among {S's} allies?", "{X} is listed among {S's} allies."),
  opponents: membership("opponent", "opponents", "party", "opponents", ["allies", "belligerents"], "Which of these is listed among {S's} opponents?", "{X} is listed among {S's} opponents."),
  belligerents: membership("belligerent", "belligerents", "party", "belligerents", ["opponents"], "Which of these is listed among the belligerents of {S}?", "{X} is listed among the belligerents of {S}."),
  leaders: membership("leader", "leaders", "person", "leaders", [], "Who is listed among {S's} leaders?", "{X} is listed among {S's} leaders."),
  leader: membership("leader", "leaders", "person", "leaders", [], "Who is listed among {S's} leaders?", "{X} is listed among {S's} leaders."),
  rulers: membership("ruler", "rulers", "person", "leaders", [], "Who is listed among the rulers of {S}?", "{X} is listed among the rulers of {S}."),
  commanders: membership("commander", "commanders", "person", "leaders", [], "Who is listed among the commanders in {S}?", "{X} is listed among the commanders in {S}."),
  founders: membership("founder", "founders", "person", "leaders", [], "Who is listed among the founders of {S}?", "{X} is listed among the founders of {S}."),
  predecessor: {
    ...membership("predecessor", "predecessors", "subject", "predecessor", ["successor"], "Which of these is listed as a predecessor of {S}?", "{X} is listed as a predecessor of {S}."),
    singlePrompt: "Which {T} preceded {S}?",
  },
  successor: {
    ...membership("successor", "successors", "subject", "successor", ["predecessor"], "Which of these is listed as a successor of {S}?", "{X} is listed as a successor of {S}."),
    singlePrompt: "Which {T} succeeded {S}?",
  },
  capital: {
    ...membership("capital", "capitals", "place", "capital", [], "Which of these is listed as a capital of {S}?", "{X} is listed as a capital of {S}."),
    singlePrompt: "What was the capital of {S}?",
  },
  "tributary states": membership("tributary state", "tributary states", "polity", "tributary", ["opponents", "predecessor", "successor"], "Which of these is listed among {S's} tributary states?", "{X} is listed among {S's} tributary states."),
  "common languages": membership("common language", "common languages", "language", "languages", [], "Which of these is listed among the common languages of {S}?", "{X} is listed among the common languages of {S}."),
  languages: membership("language", "languages", "language", "languages", [], "Which of these is listed among the languages of {S}?", "{X} is listed among the languages of {S}."),
  "designated as terror group by": membership(
    "designating country",
    "designating countries",
    "country-code",
    "designations",
    ["opponents"],
    "Which of these is listed among those that designate {S} a terrorist group?",
    "{X} is listed among those that designate {S} a terrorist group.",
  ),
  "troop contributors": membership("troop contributor", "troop contributors", "country-code", "contributors", [], "Which of these is listed among the troop contributors in {S}?", "{X} is listed among the troop contributors in {S}."),
  battles: membership("battle", "battles", "conflict", "conflicts", [], "Which of these is listed among the battles of {S}?", "{X} is listed among the battles of {S}."),
  ideology: {
    ...membership("ideology", "ideologies", "belief", "beliefs", [], "Which of these is listed as an ideology of {S}?", "{X} is listed as an ideology of {S}."),
    singlePrompt: "What ideology does {S} follow?",
  },
  religion: {
    ...membership("religion", "religions", "belief", "beliefs", [], "Which of these is listed as a religion of {S}?", "{X} is listed as a religion of {S}."),
    singlePrompt: "What was the religion of {S}?",
  },
  government: { ...skip, style: "single", singular: "government", plural: "governments", valueType: "other", family: "government", singlePrompt: "What form of government did {S} have?" },
  currency: membership("currency", "currencies", "other", "currency", [], "Which of these is listed as a currency of {S}?", "{X} is listed as a currency of {S}."),
  established: { ...skip, style: "date", singular: "establishment", plural: "", valueType: "date", family: "dates", singlePrompt: "When was {S} established?", dateEnd: "start" },
  founded: { ...skip, style: "date", singular: "founding", plural: "", valueType: "date", family: "dates", singlePrompt: "When was {S} founded?", dateEnd: "start" },
  formation: { ...skip, style: "date", singular: "formation", plural: "", valueType: "date", family: "dates", singlePrompt: "When was {S} formed?", dateEnd: "start" },
  disestablished: { ...skip, style: "date", singular: "end", plural: "", valueType: "date", family: "dates", singlePrompt: "When did {S} come to an end?", dateEnd: "start" },
  dissolved: { ...skip, style: "date", singular: "dissolution", plural: "", valueType: "date", family: "dates", singlePrompt: "When was {S} dissolved?", dateEnd: "start" },
  date: { ...skip, style: "date", singular: "start", plural: "", valueType: "date", family: "dates", singlePrompt: "When did {S} begin?", dateEnd: "start" },
  // Metadata, free text, or values that only restate the article's kind.
  "native name": skip,
  "native name lang": skip,
  "common name": skip,
  image: skip,
  caption: skip,
  "image caption": skip,
  logo: skip,
  flag: skip,
  "coat of arms": skip,
  map: skip,
  motto: skip,
  anthem: skip,
  website: skip,
  status: skip,
  area: skip,
  size: skip,
  strength: skip,
  location: skip,
  war: skip,
  active: skip,
  casualties: skip,
  result: skip,
  population: skip,
  headquarters: skip,
};

/** Lower case, single spaces, no "(s)". */
export function normaliseKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/[_\s]+/g, " ")
    .trim();
}

/** The profile for a key: from the table, or the generic fallback (a membership list worded with the key). */
export function profileForKey(key: string): KeyProfile & { fallback: boolean } {
  const normalised = normaliseKey(key);
  const known = PROFILES[normalised] ?? PROFILES[normalised.replace(/s$/, "")] ?? PROFILES[`${normalised}s`];
  if (known) return { ...known, fallback: false };
  const label = key.trim();
  return {
    ...membership(label.toLowerCase(), label.toLowerCase(), "other", `key:${normalised}`, [], `Which of these is listed under “${label}” for {S}?`, `{X} is listed under “${label}” for {S}.`),
    fallback: true,
  };
}

import { spellsAcronym, type AcronymDefinition } from "../answers/acronyms";
import { normaliseAnswer } from "../answers/normalise-answer";
import type { Article } from "../content/types";
import type { EntityIndex } from "./entity-index";
import type { EntityType } from "./infobox-keys";

// Names the article itself gives one thing: an acronym and every long form that spells it (two
// transliterations of one group both spell its acronym), and a name stated beside another
// ("Xa (also spelled Xo)", "Y, also known as Z", "known by the nom de guerre W"). Distractor choice
// keeps them out of one question's choices, and a typed answer may be any of them.

export type NameGroups = {
  /** The other names of `name`'s group, as the article writes them (without `name` itself). */
  othersOf(name: string): string[];
};

const NAME_WORD = String.raw`(?:(?:al|el|ul|an|ad|as|ar|at|az)-)?\p{Lu}[\p{L}'’.\-]*`;
const NAME = String.raw`${NAME_WORD}(?: (?:(?:of|the|al|el|bin|ibn|wa|wal|ul|de|du|la|le|fi) )*${NAME_WORD})*`;
// What the article says right after a name to give the same thing another name. In brackets right
// after the name it can only be that name's ("Kessel (also spelled Qessel)"); a bare "(or Y)" gives
// an alternative, not another name ("Kessel (or Ostra)"), so it does not count.
const BRACKETED_ALIAS = new RegExp(
  String.raw`^\s*\((?:also|also spelled|also spelt|also written|also known as|also called|better known as|known as|a\.k\.a\.|aka|alias|nom de guerre:?|born) ["“]?(${NAME})`,
  "u",
);
// After a comma the phrase may describe the words before the name instead ("an operation in Ostra,
// known as Operation Lantern"): it counts only for a name the article uses for a thing of the same
// type elsewhere, or, for a nom de guerre, for a person's name.
const COMMA_ALIAS = new RegExp(
  String.raw`^,? (?:(?:(?:also|better|more commonly|commonly|popularly) )?(?:known|referred to) (?:as|by the (nom de guerre|name|alias))|alias|a\.k\.a\.) ["“]?(${NAME})`,
  "u",
);

export function buildNameGroups(article: Article, source: string, acronyms: readonly AcronymDefinition[], entities: EntityIndex): NameGroups {
  const parent = new Map<string, string>();
  const display = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const join = (left: string, right: string) => {
    const leftKey = normaliseAnswer(left);
    const rightKey = normaliseAnswer(right);
    if (leftKey === "" || rightKey === "" || leftKey === rightKey) return;
    if (!display.has(leftKey)) display.set(leftKey, left);
    if (!display.has(rightKey)) display.set(rightKey, right);
    const leftRoot = find(leftKey);
    const rightRoot = find(rightKey);
    if (leftRoot !== rightRoot) parent.set(leftRoot, rightRoot);
  };

  const names = entities.all().filter((info) => info.type !== "person" && info.type !== "other");
  for (const definition of acronyms) {
    join(definition.expansion, definition.acronym);
    for (const info of names) if (info.name !== definition.acronym && spellsAcronym(info.name, definition.acronym)) join(info.name, definition.acronym);
  }
  for (const sentence of article.sentences) {
    for (const occurrence of entities.namesIn(sentence.id)) {
      const after = source.slice(occurrence.end, sentence.end);
      const bracketed = BRACKETED_ALIAS.exec(after);
      const comma = bracketed ? null : COMMA_ALIAS.exec(after);
      const stated = (bracketed?.[1] ?? comma?.[2])?.replace(/[.'’-]+$/, "");
      if (stated === undefined || stated.length < 2) continue;
      // The stated name's type, when the article tells it ("other": a name it cannot place).
      const known = entities.lookup(stated)?.type;
      const statedType = known === "other" ? undefined : known;
      // Another name is a name of the same kind of thing: never a place for an operation.
      if (statedType !== undefined && statedType !== occurrence.info.type) continue;
      if (comma && statedType === undefined && !(comma[1] === "nom de guerre" && occurrence.info.type === "person")) continue;
      join(occurrence.text, stated);
    }
  }

  const members = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    members.set(root, [...(members.get(root) ?? []), key]);
  }
  return {
    othersOf(name) {
      const key = normaliseAnswer(name);
      if (!parent.has(key)) return [];
      return (members.get(find(key)) ?? []).filter((other) => other !== key).map((other) => display.get(other)!);
    },
  };
}

/** Whether `type` names things that may have several names (not dates, numbers or sentences). */
export function isNamedType(type: EntityType | undefined): boolean {
  return type !== undefined && type !== "date" && type !== "number" && type !== "other";
}

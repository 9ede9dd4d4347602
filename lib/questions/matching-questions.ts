import { normaliseAnswer } from "../answers/normalise-answer";
import type { TimelineEvent } from "../content/types";
import type { Candidate, Origin, Span } from "./candidate";
import { commonSectionPath, compareDates, entryExcerpt, sectionPathOf, type GenerationContext, type InfoboxEntry } from "./context";
import type { RoleMention } from "./entity-index";
import { capitaliseFirst, describeEvent } from "./event-text";
import { findUnresolvedReference } from "./prompt-text";
import { countWords } from "./scoring";

// Matching where the article supports it: timeline events to their years, people to the roles the
// prose gives them, and list items to the periods the infobox gives them.

export function generateMatchingQuestions(context: GenerationContext): Candidate[] {
  return [...eventsToYears(context), ...peopleToRoles(context), ...valuesToPeriods(context)];
}

const EVENT_PROMPTS = ["Match each event in {S's} timeline to the year it happened.", "Match these events from {S's} history to their years."];

function eventsToYears(context: GenerationContext): Candidate[] {
  const usable = context.timeline
    .filter((event) => {
      const first = context.sentences.get(event.sentenceIds[0] ?? "");
      return first !== undefined && !first.damaged && event.date.endYear === undefined && findUnresolvedReference(capitaliseFirst(describeEvent(event).text)) === undefined;
    })
    .sort((left, right) => compareDates(left.date, right.date));
  // One event per year, so every year on the right is a single right answer.
  const byYear = new Map<number, TimelineEvent[]>();
  for (const event of usable) byYear.set(event.date.year, [...(byYear.get(event.date.year) ?? []), event]);
  const singleYears = [...byYear.values()].filter((events) => events.length === 1).map((events) => events[0]!);
  const candidates: Candidate[] = [];
  // Two groups of four when there are enough single-event years, each spread over the timeline.
  const groupCount = singleYears.length >= 8 ? 2 : 1;
  for (let group = 0; group < groupCount; group++) {
    const chosen = singleYears.filter((_, index) => index % groupCount === group).filter((_, index, list) => index % Math.max(1, Math.floor(list.length / 4)) === 0).slice(0, 4);
    if (chosen.length < 3) continue;
    const pairs = chosen.map((event) => [capitaliseFirst(describeEvent(event).text), String(event.date.year)] as [string, string]);
    if (pairs.some(([left]) => findUnresolvedReference(left) !== undefined)) continue;
    const evidence = chosen.map((event) => eventOrigin(context, event));
    const prompt = EVENT_PROMPTS[group]!.replace("{S's}", context.subject.possessive);
    const marks = chosen.map((event) => ({ start: describeEvent(event).start, end: describeEvent(event).end }));
    const excerpts = chosen.map((event) => entryExcerpt(context, event, describeEvent(event).end));
    candidates.push(matching(context, prompt, pairs, evidence, `years:${group}`, chosen.map((event) => `timeline:${event.id}`), 0.8, marks, excerpts));
  }
  return candidates;
}

function eventOrigin(context: GenerationContext, event: TimelineEvent): Origin {
  const description = describeEvent(event);
  return { refId: event.id, sectionPath: sectionPathOf(context, event.sectionId), textStart: event.start, textEnd: event.end, answerStart: description.start, answerEnd: description.end };
}

function peopleToRoles(context: GenerationContext): Candidate[] {
  const roles: RoleMention[] = [];
  for (const role of [...context.entities.roles].sort((left, right) => left.personStart - right.personStart)) {
    const text = role.role;
    if (countWords(text) < 2 && !/[a-z]{4,}/.test(text)) continue;
    if (/^(?:[A-Z][a-z]*\.?|son|daughter|wife|brother)$/.test(text)) continue;
    // Roles must differ in their head noun: "army commander" and "former army commander" cannot be told apart fairly.
    const head = (phrase: string) => normaliseAnswer(phrase).split(" ").pop();
    if (roles.some((chosen) => context.sameEntity(chosen.person, role.person, "person") || head(chosen.role) === head(text))) continue;
    const sentence = context.sentences.get(role.sentenceId);
    if (text.includes(role.person) || sentence === undefined || sentence.damaged) continue;
    roles.push(role);
  }
  const candidates: Candidate[] = [];
  const prompts = ["Match each person to the role the article gives them.", "Match these people to how the article describes them."];
  for (let group = 0; group < prompts.length; group++) {
    const chosen = roles.slice(group * 4, group * 4 + 4);
    if (chosen.length < 3) break;
    const pairs = chosen.map((role) => [role.person, role.role] as [string, string]);
    const evidence = chosen.map((role) => {
      const sentence = context.sentences.get(role.sentenceId)!;
      return { refId: sentence.id, sectionPath: sectionPathOf(context, sentence.sectionId), textStart: sentence.start, textEnd: sentence.end, answerStart: role.roleStart, answerEnd: role.roleEnd };
    });
    const marks = chosen.flatMap((role) => [
      { start: role.personStart, end: role.personEnd },
      { start: role.roleStart, end: role.roleEnd },
    ]);
    const excerpts = evidence.map((origin) => ({ start: origin.textStart, end: origin.textEnd }));
    candidates.push(matching(context, prompts[group]!, pairs, evidence, `roles:${group}`, [], 0.8, marks, excerpts));
  }
  return candidates;
}

function valuesToPeriods(context: GenerationContext): Candidate[] {
  const candidates: Candidate[] = [];
  const byField = new Map<string, InfoboxEntry[]>();
  for (const entry of context.infobox) {
    if (!entry.eligible || entry.value.period === undefined || entry.value.depth > 0) continue;
    byField.set(entry.field.key, [...(byField.get(entry.field.key) ?? []), entry]);
  }
  for (const [key, entries] of byField) {
    const distinct = entries.filter((entry, index) => entries.findIndex((other) => other.value.period!.text === entry.value.period!.text) === index);
    if (distinct.length < 3) continue;
    const chosen = distinct.slice(0, 4);
    const pairs = chosen.map((entry) => [entry.display, entry.value.period!.text] as [string, string]);
    const field = chosen[0]!.field;
    const noun = chosen[0]!.profile.fallback ? `item listed under “${key}”` : chosen[0]!.profile.singular;
    const prompt = `Match each ${noun} of ${context.subject.name} to the years the infobox gives for ${chosen[0]!.type === "person" ? "them" : "it"}.`;
    const evidence = chosen.map((entry) => ({ refId: `infobox:${key}`, sectionPath: ["Infobox"], textStart: field.start, textEnd: field.end, answerStart: entry.displayStart, answerEnd: entry.displayEnd }));
    const marks = chosen.map((entry) => ({ start: entry.value.start, end: entry.value.end }));
    const excerpts = chosen.map((entry) => valueWithPeriod(context, entry));
    candidates.push(matching(context, prompt, pairs, evidence, `periods:${key}`, [`infobox:${key}`], 0.78, marks, excerpts));
  }
  return candidates;
}

/** An infobox value with the period written after it ("Ansaru (2012–2017)"), without the rest of its line. */
function valueWithPeriod(context: GenerationContext, entry: InfoboxEntry): Span {
  const period = entry.value.period;
  const after = context.source.slice(entry.value.end, entry.field.end).match(/^\s*\(([^()]*)\)/);
  if (period === undefined || after === null || !after[1]!.includes(period.text)) return { start: entry.value.start, end: entry.value.end };
  return { start: entry.value.start, end: entry.value.end + after[0].length };
}

function matching(
  context: GenerationContext,
  prompt: string,
  pairs: [string, string][],
  evidence: Origin[],
  variant: string,
  facts: string[],
  kindWeight: number,
  marks: Span[],
  excerpts: Span[],
): Candidate {
  const textStart = Math.min(...evidence.map((origin) => origin.textStart));
  const textEnd = Math.max(...evidence.map((origin) => origin.textEnd));
  return {
    kind: "matching",
    prompt,
    answer: pairs,
    choices: pairs.map(([, right]) => right),
    accepted: [],
    typeable: false,
    origin: {
      refId: evidence.map((origin) => origin.refId).filter((id, index, all) => all.indexOf(id) === index).join("+"),
      sectionPath: commonSectionPath(evidence.map((origin) => origin.sectionPath)),
      textStart,
      textEnd,
      answerStart: textStart,
      answerEnd: textEnd,
    },
    excerpts,
    evidenceOrigins: evidence,
    marks,
    notes: [],
    variant,
    features: { kindWeight, importance: 0.7, promptWords: countWords(prompt), distractorSource: "structure", choiceCount: 0, penalties: [] },
    facts,
    answerType: "other",
    sentenceIds: [],
  };
}

import type { QuestionKind } from "@/lib/questions/schema";

/** How each kind of question is named to learners. */
export const KIND_LABELS: Record<QuestionKind, string> = {
  "infobox-fact": "Facts from the infobox",
  "list-membership": "Lists",
  "timeline-date": "When did it happen? (give the date)",
  "timeline-event": "What happened then? (pick the event)",
  "timeline-order": "Putting events in order",
  cloze: "Fill in the gap",
  "true-false": "True or false",
  matching: "Matching",
  flashcard: "Flashcards",
};

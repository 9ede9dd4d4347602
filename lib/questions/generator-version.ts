// The version of question generation. Content sync (server/content/sync.ts) regenerates an
// article's stored questions when the article changes or when this does, so that a change to the
// generators reaches installations whose articles have not changed. Bump it with any change that
// gives different questions for the same article; generator-version.test.ts fails until you do.
//
// 2 (2026-12-01): ordering and matching explanations quote each item's own text; flashcard fronts
// never point at choices.
// 3 (2026-12-01): a common actor heading a timeline entry ("Gunmen attack ...") is lower case in a
// prompt; a plural subject's verbs joined by "and" all go into the past in a true/false statement;
// a false statement's note gives the wrong date as the statement wrote it; no question's answer is
// the article's title (the quiz and flashcard pages show it).
// 4 (2026-12-01): names the article gives one thing (an acronym's long forms, a stated alias or nom
// de guerre, another spelling it uses) are never two choices of one question and are accepted as
// typed answers for each other; a name the article calls a firm or company is a company, not media,
// so newspapers are not its distractors; a place blanked after "the" gets only places the article
// writes after "the" as choices, and a bare blank none that it always writes after "the".
export const QUESTION_GENERATOR_VERSION = 4;

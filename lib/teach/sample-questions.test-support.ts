// Questions of every exported shape, with the characters each format must escape, for the export tests.
import { questionSchema, type Question } from "@/lib/questions/schema";

const source = (text: string, answer: string, sectionPath: string[] = ["History"]) => {
  const at = Math.max(0, text.indexOf(answer));
  return { articleSlug: "lake-empire", sectionPath, refId: "s-1a2b3c4d", text, start: 100 + at, end: 100 + at + Math.max(1, answer.length) };
};
const explanation = (text: string) => ({ parts: [{ text, answer: false }], notes: [] });
const base = { accepted: [] as string[], score: 0.9 };

export const TRICKY = 'Tricky {braces} ~tilde =equals #hash: colon \\ back\\slash -> arrow <tag> & "quotes"';

export const sampleQuestions: Question[] = [
  {
    ...base,
    id: "q_aaaaaaaaaaaa1",
    kind: "cloze",
    prompt: "The Lake Empire was founded by ____ in 1235.",
    answer: "Sundiata Keita",
    choices: ["Sundiata Keita", "Mansa Musa", TRICKY, "Askia Muhammad"],
    typeable: true,
    source: source("The Lake Empire was founded by Sundiata Keita in 1235.", "Sundiata Keita", []),
    explanation: explanation("The Lake Empire was founded by Sundiata Keita in 1235."),
  },
  {
    ...base,
    id: "q_aaaaaaaaaaaa2",
    kind: "infobox-fact",
    prompt: `Who founded the empire? ${TRICKY}`,
    answer: "Sundiata Keita",
    accepted: ["Sundiata"],
    typeable: true,
    source: source("Founder: Sundiata Keita", "Sundiata Keita"),
    explanation: explanation("Founder: Sundiata Keita"),
  },
  {
    ...base,
    id: "q_aaaaaaaaaaaa3",
    kind: "true-false",
    prompt: "True or false: the capital was Timbuktu.",
    answer: "False",
    choices: ["True", "False"],
    typeable: false,
    source: source("Its capital was Niani on the upper Niger.", "Niani"),
    explanation: explanation("Its capital was Niani on the upper Niger."),
  },
  {
    ...base,
    id: "q_aaaaaaaaaaaa4",
    kind: "timeline-order",
    prompt: "Put these events in order, earliest first.",
    answer: ["Founding", "Pilgrimage: to Mecca", "Songhai raids"],
    choices: ["Songhai raids", "Founding", "Pilgrimage: to Mecca"],
    typeable: false,
    source: source("The empire was founded in 1235.", "1235"),
    explanation: explanation("The empire was founded in 1235."),
  },
  {
    ...base,
    id: "q_aaaaaaaaaaaa5",
    kind: "matching",
    prompt: "Match each person to what they did.",
    answer: [
      ["Sundiata Keita", "founded the empire"],
      ["Mansa Musa", "went to Mecca = pilgrimage"],
      ["the Songhai", "raided -> the empire"],
    ],
    choices: ["went to Mecca = pilgrimage", "raided -> the empire", "founded the empire"],
    typeable: false,
    source: source("Mansa Musa made his pilgrimage to Mecca in 1324.", "Mansa Musa"),
    explanation: explanation("Mansa Musa made his pilgrimage to Mecca in 1324."),
  },
].map((question) => questionSchema.parse(question));

export const sampleSet = {
  title: "Lake Empire",
  slug: "lake-empire",
  attribution: 'Adapted from the Wikipedia article "Lake Empire" (https://example.org/wiki/Lake_Empire). Licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  questions: sampleQuestions,
};

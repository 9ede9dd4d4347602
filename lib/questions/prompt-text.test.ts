import { describe, expect, it } from "vitest";
import { dropLinkingOpener, findUnresolvedReference, hasNonLatinScript, refersToChoices, resolveSelfReferences, rewriteImpersonalOpener, tidyForPrompt } from "./prompt-text";
import type { Subject } from "./subject";

const subject: Subject = {
  name: "NLF",
  capitalised: "NLF",
  possessive: "NLF's",
  headNoun: "organization",
  classNoun: "organization",
  tense: "present",
  selfReference: /\b(?:[Tt]he|[Tt]his) (?:(?:terrorist|militant) )?(?:organization|group)\b(?!\s+(?:[A-Z]|of\b))/g,
};

describe("findUnresolvedReference", () => {
  it("flags prompts that open with a pronoun or a back-reference", () => {
    for (const text of ["They were released on _____.", "It has since declared _____.", "He was wanted by _____.", "This was confirmed by _____.", "The driver was freed in _____.", "One was close to the office in _____.", "Three of the hostages were released on _____."]) {
      expect(findUnresolvedReference(text), text).toBeDefined();
    }
  });

  it("flags back-references inside the sentence", () => {
    expect(findUnresolvedReference("Gunmen from _____ claimed responsibility for the attack.")).toBeDefined();
    expect(findUnresolvedReference("Prior to _____ it was known as the Peasant League.")).toBeDefined();
    expect(findUnresolvedReference("A fourth tourist, from _____, was killed.")).toBeDefined();
    expect(findUnresolvedReference("_____ km to the north, two doctors were kidnapped.")).toBeDefined();
    expect(findUnresolvedReference("photos showing the three tourists abducted in _____")).toBeDefined();
    expect(findUnresolvedReference("It is reported that _____ of the money came from ransoms.")).toBeDefined();
  });

  it("accepts sentences that stand on their own", () => {
    for (const text of [
      "On 4 May 2003, two bridges were destroyed near _____.",
      "Commander Anton Weiss said he acted alone in _____.",
      "In January 2007, the _____ announced that it would operate under a new name.",
      "The Peasant League signed a truce in _____.",
      "AQ claimed the attack on 10 peacekeepers in _____.",
    ]) {
      expect(findUnresolvedReference(text), text).toBeUndefined();
    }
  });
});

describe("prompt rewriting", () => {
  it("removes parentheticals in other scripts and repairs spacing", () => {
    expect(tidyForPrompt("The Front (الجبهة الشمالية, Front du Nord) is active.")).toBe("The Front is active.");
    expect(tidyForPrompt("The Front (NLF) is active .")).toBe("The Front (NLF) is active.");
    expect(hasNonLatinScript("الجبهة")).toBe(true);
    expect(hasNonLatinScript("Qaïda")).toBe(false);
  });

  it("names the subject where the text says 'the group'", () => {
    expect(resolveSelfReferences("The group attacked a station; the terrorist group fled.", subject)).toBe("NLF attacked a station; NLF fled.");
    expect(resolveSelfReferences("the splinter group Red Hand and the group Red Hand", subject)).toBe("the splinter group Red Hand and the group Red Hand");
    expect(resolveSelfReferences("the group's fighters", subject)).toBe("NLF's fighters");
  });

  it("drops linking openers and rewrites impersonal ones", () => {
    expect(dropLinkingOpener("However, the truce held.")).toBe("The truce held.");
    expect(rewriteImpersonalOpener("It is reported that 90 per cent came from ransoms.")).toBe("Reportedly, 90 per cent came from ransoms.");
    expect(rewriteImpersonalOpener("It is estimated that 300 fighters joined.")).toBe("By some estimates, 300 fighters joined.");
  });
});

describe("refersToChoices", () => {
  it("recognises prompts that only make sense next to their choices", () => {
    for (const prompt of [
      "Which of these is listed among NLF's allies?",
      "Which of these country codes is listed among the troop contributors in NLF?",
      "Which one of the following founded the kingdom?",
      "Who of these led the raid?",
      "None of the above applies to which town?",
      "Pick the town among the following that NLF attacked.",
    ]) {
      expect(refersToChoices(prompt), prompt).toBe(true);
    }
  });

  it("leaves prompts that stand alone", () => {
    for (const prompt of [
      "Which organization preceded NLF?",
      "Who is Piet Sorn, according to the article?",
      "Put these events from NLF's timeline in order, earliest first.",
      "Fill in the blank: Among those killed was _____.",
      "NLF, 4 May 2003: what happened?",
      "Which event in NLF's timeline took place on 11 April 2007?",
    ]) {
      expect(refersToChoices(prompt), prompt).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle } from "../content/parse-article";
import { createContext } from "./context";

const SOURCE = `= Northern Front =

Northern Front
- Leaders: Tomas Varga
- Allies: Red Hand Brigade

The Northern Front is a militant organization active in France.

==History==
In 2001, commander Anton Weiss attacked a station in Brenna, killing 12 officers. Weiss later fled to Ostra, near Kessel. U.S. Army General John Doe said the attack was planned in Brenna. The newspaper Daily Herald reported it. The Valdor Liberation Council condemned the attack. Swiss nun Anna Roth was freed in Ostra.
`;

const { article } = parseArticle(SOURCE, { fileName: "northern-front.txt" });
const { entities } = createContext(article!, SOURCE);
const typeOf = (name: string) => entities.lookup(name)?.type;

describe("buildEntityIndex", () => {
  it("learns types from the infobox", () => {
    expect(typeOf("Tomas Varga")).toBe("person");
    expect(typeOf("Red Hand Brigade")).toBe("organisation");
  });

  it("learns people from titles, role nouns and surnames used alone", () => {
    expect(typeOf("Anton Weiss")).toBe("person");
    expect(typeOf("Weiss")).toBe("person");
    expect(typeOf("John Doe")).toBe("person");
    expect(typeOf("Anna Roth")).toBe("person");
  });

  it("learns places from the gazetteer and from prepositions and appositions", () => {
    expect(typeOf("France")).toBe("place");
    expect(entities.lookup("France")?.detail).toBe("country");
    expect(typeOf("Brenna")).toBe("place");
    expect(typeOf("Ostra")).toBe("place");
  });

  it("learns organisations and media from their words", () => {
    expect(typeOf("Valdor Liberation Council")).toBe("organisation");
    expect(entities.lookup("Daily Herald")?.detail).toBe("media");
  });

  it("records the roles the prose gives people", () => {
    const roles = Object.fromEntries(entities.roles.map((role) => [role.person, role.role]));
    expect(roles["John Doe"]).toBe("U.S. Army General");
    expect(roles["Anton Weiss"]).toBe("commander");
    expect(roles["Anna Roth"]).toBe("Swiss nun");
  });
});

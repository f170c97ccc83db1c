import type { TDemoPerson } from "./types";

// Maps the names used in the demo content onto the accounts in demo-sign-ins.ts.
export const DEMO_PERSON_EMAILS: Record<TDemoPerson, string> = {
  eleanor: "editor@masthead.test",
  marcus: "author@masthead.test",
  priya: "author2@masthead.test",
  victoria: "vip@masthead.test",
  sam: "member@masthead.test",
  jordan: "member2@masthead.test",
  riley: "member3@masthead.test",
};

/** Author-page bios for the staff accounts, by email. */
export const DEMO_STAFF_BIOS: Record<string, string> = {
  "admin@masthead.test": "Keeps Masthead's systems running and answers the questions nobody else can.",
  "editor@masthead.test":
    "Editor of Masthead. Previously political editor at The Ellery Courier. Writes on institutions, the courts and the press.",
  "author@masthead.test":
    "Columnist on the economy and the Assembly. Reads budget documents so you do not have to.",
  "author2@masthead.test":
    "Writes on cities, transport, climate and technology. Lives in Port Ellery and rides the Harbour Line when it runs.",
};

// The demo accounts the seed creates and start-up prints. Listed in the README too.
// Demo only: the seed refuses to run these in production (prisma/seed.ts).

export type TDemoSignIn = {
  role: "ADMIN" | "EDITOR" | "AUTHOR" | "MEMBER";
  tier: "FREE" | "VIP";
  email: string;
  password: string;
  name: string;
  handle?: string;
};

export const DEMO_PASSWORD = "masthead-demo-2026";

export const DEMO_SIGN_INS: readonly TDemoSignIn[] = [
  { role: "ADMIN", tier: "FREE", email: "admin@masthead.test", password: DEMO_PASSWORD, name: "Alex Admin", handle: "alex-admin" },
  { role: "EDITOR", tier: "FREE", email: "editor@masthead.test", password: DEMO_PASSWORD, name: "Eleanor Vance", handle: "eleanor-vance" },
  { role: "AUTHOR", tier: "FREE", email: "author@masthead.test", password: DEMO_PASSWORD, name: "Marcus Reed", handle: "marcus-reed" },
  { role: "AUTHOR", tier: "FREE", email: "author2@masthead.test", password: DEMO_PASSWORD, name: "Priya Natarajan", handle: "priya-natarajan" },
  { role: "MEMBER", tier: "VIP", email: "vip@masthead.test", password: DEMO_PASSWORD, name: "Victoria Park" },
  { role: "MEMBER", tier: "FREE", email: "member@masthead.test", password: DEMO_PASSWORD, name: "Sam Carter" },
  { role: "MEMBER", tier: "FREE", email: "member2@masthead.test", password: DEMO_PASSWORD, name: "Jordan Lee" },
  { role: "MEMBER", tier: "FREE", email: "member3@masthead.test", password: DEMO_PASSWORD, name: "Riley Chen" },
];

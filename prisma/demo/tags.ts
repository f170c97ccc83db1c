import type { TDemoTagSlug } from "./types";

export const DEMO_TAGS: ReadonlyArray<{ slug: TDemoTagSlug; name: string; description: string }> = [
  { slug: "politics", name: "Politics", description: "The Assembly, the parties and the people who run Estmarch and Port Ellery." },
  { slug: "economy", name: "Economy", description: "Budgets, jobs, prices and the arguments about who pays." },
  { slug: "climate", name: "Climate", description: "Floods, energy, water and the slow politics of a warming coast." },
  { slug: "technology", name: "Technology", description: "How software, data and platforms are regulated, and who they serve." },
  { slug: "culture", name: "Culture", description: "Museums, broadcasting, libraries, local news and public life." },
  { slug: "world", name: "World", description: "Estmarch abroad: trade, defence, neighbours and the Northern Compact." },
  { slug: "opinion", name: "Opinion", description: "Arguments from our columnists. They speak for themselves, not for Masthead." },
  { slug: "video", name: "Video", description: "Reports and explainers to watch." },
];

import type { TDemoArticle } from "../types";
import { CLIMATE_ARTICLES } from "./climate";
import { COURTS_AND_SECURITY_ARTICLES } from "./courts-and-security";
import { ECONOMY_ARTICLES } from "./economy";
import { ELECTIONS_AND_PARTIES_ARTICLES } from "./elections-and-parties";
import { SCHOOLS_AND_HEALTH_ARTICLES } from "./schools-and-health";
import { TECHNOLOGY_AND_MEDIA_ARTICLES } from "./technology-and-media";
import { TRANSPORT_AND_HOUSING_ARTICLES } from "./transport-and-housing";
import { WORLD_AND_CULTURE_ARTICLES } from "./world-and-culture";

/** Every demo article, oldest first, so the seed writes them in the order they were "published". */
export const DEMO_ARTICLES: readonly TDemoArticle[] = [
  ...CLIMATE_ARTICLES,
  ...COURTS_AND_SECURITY_ARTICLES,
  ...ECONOMY_ARTICLES,
  ...ELECTIONS_AND_PARTIES_ARTICLES,
  ...SCHOOLS_AND_HEALTH_ARTICLES,
  ...TECHNOLOGY_AND_MEDIA_ARTICLES,
  ...TRANSPORT_AND_HOUSING_ARTICLES,
  ...WORLD_AND_CULTURE_ARTICLES,
].sort((a, b) => b.hoursAgo - a.hoursAgo);

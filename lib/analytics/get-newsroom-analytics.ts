import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import type { TAnalyticsRange } from "./analytics-range";
import { analyticsScopeFor, type TAnalyticsScope } from "./analytics-scope";
import { readCommentsPerDay, readModerationSpeed, type TCommentDay, type TModerationSpeed } from "./read-comment-activity";
import { readTopStories, type TTopStory } from "./read-top-stories";
import { readViewsOverTime, type TViewPoint } from "./read-views-over-time";

export type TNewsroomAnalytics = {
  scope: TAnalyticsScope;
  views: TViewPoint[];
  topStories: TTopStory[];
  comments: TCommentDay[];
  /** Null for people who do not moderate. */
  moderation: TModerationSpeed | null;
};

/** Everything /admin/analytics shows, for the caller's scope (their own stories, or all). */
export async function getNewsroomAnalytics(actor: TCurrentUser, range: TAnalyticsRange): Promise<TNewsroomAnalytics> {
  const scope = analyticsScopeFor(actor);
  const [views, topStories, comments, moderation] = await Promise.all([
    readViewsOverTime(scope, range),
    readTopStories(scope, range),
    readCommentsPerDay(scope, range),
    scope.kind === "all" && roleCan(actor.role, "comment:moderate") ? readModerationSpeed(range) : Promise.resolve(null),
  ]);
  return { scope, views, topStories, comments, moderation };
}

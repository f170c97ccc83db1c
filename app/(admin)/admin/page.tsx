import type { Metadata } from "next";
import Link from "next/link";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ROLE_LABELS } from "@/components/admin/role-labels";
import { TopStoriesTable } from "@/components/analytics/top-stories-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan, type TPermission } from "@/lib/auth/permissions";
import { getNewsroomDesk, type TDeskArticle } from "@/lib/newsroom-desk/get-newsroom-desk";

export const metadata: Metadata = { title: "Newsroom" };

type TQuickLink = { href: string; title: string; permission: TPermission };

// Each link is listed only for roles that may open it.
const QUICK_LINKS: TQuickLink[] = [
  { href: "/admin/articles/new", title: "Write a new article", permission: "article:write-own" },
  { href: "/admin/articles", title: "Articles", permission: "article:write-own" },
  { href: "/admin/analytics", title: "Analytics", permission: "article:write-own" },
  { href: "/admin/media", title: "Media library", permission: "article:write-own" },
  { href: "/admin/jobs", title: "Scheduled jobs", permission: "article:publish" },
  { href: "/admin/comments", title: "Comment queue", permission: "comment:moderate" },
  { href: "/admin/users", title: "Users", permission: "user:manage" },
  { href: "/admin/mailbox", title: "Mailbox", permission: "mailbox:read" },
  { href: "/admin/audit", title: "Audit log", permission: "audit:read" },
  { href: "/admin/settings", title: "Settings", permission: "settings:manage" },
  { href: "/admin/integrations", title: "Integrations: API keys and webhooks", permission: "integrations:manage" },
];

function ArticleList({ articles }: { articles: TDeskArticle[] }) {
  return (
    <ul className="desk-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/admin/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
          <span className="meta">
            {" "}
            {article.authors.length > 0 ? `by ${article.authors.join(", ")}, ` : ""}changed <FormattedDateTime iso={article.updatedAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export default async function NewsroomHomePage() {
  const user = await requirePagePermission("admin:access", "/admin");
  const desk = await getNewsroomDesk(user);
  const links = QUICK_LINKS.filter((link) => roleCan(user.role, link.permission));
  return (
    <div className="page">
      <h1 className="page-title">Newsroom</h1>
      <p className="lede">
        Signed in as {user.name} ({ROLE_LABELS[user.role]}).
      </p>

      <div className="desk">
        {desk.inReview ? (
          <section className="admin-panel" aria-labelledby="desk-review">
            <h2 id="desk-review">Waiting for review</h2>
            {desk.inReview.count === 0 ? (
              <p>No draft is waiting for review.</p>
            ) : (
              <>
                <p>
                  <Link href="/admin/articles?status=IN_REVIEW">{plural(desk.inReview.count, "draft", "drafts")} in review</Link>
                </p>
                <ArticleList articles={desk.inReview.articles} />
              </>
            )}
          </section>
        ) : null}

        {desk.ownDrafts ? (
          <section className="admin-panel" aria-labelledby="desk-drafts">
            <h2 id="desk-drafts">Your drafts</h2>
            {desk.ownDrafts.count === 0 ? <p>You have no drafts. <Link href="/admin/articles/new">Start one</Link>.</p> : <ArticleList articles={desk.ownDrafts.articles} />}
          </section>
        ) : null}

        {desk.comments ? (
          <section className="admin-panel" aria-labelledby="desk-comments">
            <h2 id="desk-comments">Comments to look at</h2>
            <ul className="desk-list">
              <li>
                <Link href="/admin/comments">{plural(desk.comments.held, "comment", "comments")} held for moderation</Link>
              </li>
              <li>
                <Link href="/admin/comments">{plural(desk.comments.reported, "reported comment", "reported comments")}</Link>
              </li>
            </ul>
          </section>
        ) : null}

        {desk.scheduledSoon ? (
          <section className="admin-panel" aria-labelledby="desk-scheduled">
            <h2 id="desk-scheduled">Publishing in the next 24 hours</h2>
            {desk.scheduledSoon.length === 0 ? (
              <p>Nothing is scheduled to publish in the next 24 hours.</p>
            ) : (
              <ul className="desk-list">
                {desk.scheduledSoon.map((job) => (
                  <li key={job.id}>
                    <FormattedDateTime iso={job.runAt} />:{" "}
                    {job.articleId ? <Link href={`/admin/articles/${encodeURIComponent(job.articleId)}`}>{job.title}</Link> : "an article"}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}

        {desk.failedJobs ? (
          <section className="admin-panel" aria-labelledby="desk-failed">
            <h2 id="desk-failed">Failed jobs</h2>
            {desk.failedJobs.count === 0 ? (
              <p>No job failed in the last 7 days.</p>
            ) : (
              <>
                <p>
                  <Link href="/admin/jobs">{plural(desk.failedJobs.count, "job", "jobs")} failed in the last 7 days</Link>
                </p>
                <ul className="desk-list">
                  {desk.failedJobs.latest.map((job) => (
                    <li key={job.id}>
                      {job.title ?? "A job"}: {job.lastError ?? "no error recorded"}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ) : null}
        {desk.pausedWebhooks ? (
          <section className="admin-panel" aria-labelledby="desk-webhooks">
            <h2 id="desk-webhooks">Paused webhooks</h2>
            <p>
              <Link href="/admin/integrations">{plural(desk.pausedWebhooks, "webhook is", "webhooks are")} paused</Link>: check the receiver, then resume.
            </p>
          </section>
        ) : null}
      </div>

      <section className="admin-panel" aria-labelledby="desk-top">
        <h2 id="desk-top">{roleCan(user.role, "analytics:read-all") ? "Most read this week" : "Your most read stories this week"}</h2>
        {desk.topThisWeek.length === 0 ? (
          <p>No story was read this week.</p>
        ) : (
          <TopStoriesTable stories={desk.topThisWeek} caption="Views over the last 7 days, against the 7 days before" storyHref={(id) => `/admin/analytics/articles/${encodeURIComponent(id)}`} />
        )}
        <p>
          <Link href="/admin/analytics">All analytics</Link>
        </p>
      </section>

      <nav className="admin-panel" aria-labelledby="desk-links">
        <h2 id="desk-links">Quick links</h2>
        <ul className="desk-links">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

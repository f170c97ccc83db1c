import Link from "next/link";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ROLE_LABELS } from "@/components/admin/role-labels";
import { FormattedDate } from "@/components/ui/formatted-date";
import { canModerate } from "@/lib/moderation/comment-transitions";
import type { TAuthorHistory, TModerationItem } from "@/lib/moderation/moderation-item";
import { MODERATION_ACTIONS } from "@/lib/moderation/moderation-schemas";
import { singleIntent } from "@/lib/moderation/moderation-form-input";
import { COMMENT_STATUS_LABELS, heldReasonLabel, MODERATION_ACTION_LABELS, REPORT_REASON_LABELS } from "./moderation-labels";
import styles from "./moderation.module.css";

export function memberRecordHref(userId: string): string {
  return `/admin/comments/members/${encodeURIComponent(userId)}`;
}

export function articleCommentsHref(articleId: string): string {
  return `/admin/comments?article=${encodeURIComponent(articleId)}`;
}

/**
 * One comment in the moderation list: what it says and where, why it is here, the buttons
 * that apply to it now (inside the page's one form), and its author's record beside it.
 * Everything user-written is rendered as text.
 */
export function ModerationItemCard({ item, author, showArticle }: { item: TModerationItem; author: TAuthorHistory | undefined; showArticle: boolean }) {
  const headingId = `comment-${item.id}-heading`;
  const authorName = author?.name ?? "Unknown member";
  const described = `comment by ${authorName}`;
  return (
    <li className={styles.item} data-comment-id={item.id}>
      <div className={styles.main}>
        <div className={styles.heading}>
          <input type="checkbox" name={`select.${item.id}`} value={item.status} aria-label={`Select the ${described}`} />
          <h3 id={headingId}>
            {author ? <Link href={memberRecordHref(author.id)}>{authorName}</Link> : authorName}
            {showArticle ? (
              <>
                {" on "}
                <Link href={articleCommentsHref(item.article.id)}>{item.article.title}</Link>
              </>
            ) : null}
          </h3>
        </div>
        <p className="meta">
          <span className={styles.badge}>{COMMENT_STATUS_LABELS[item.status]}</span>
          {item.heldReason && item.status !== "PUBLISHED" ? <> · {heldReasonLabel(item.heldReason)}</> : null}
          {item.isFeatured ? <> · Featured</> : null}
          {" · "}
          <FormattedDateTime iso={item.createdAt} />
        </p>
        {item.parent ? (
          <blockquote className={styles.parent}>
            In reply to {item.parent.authorName}
            {item.parent.status !== "PUBLISHED" ? ` (${COMMENT_STATUS_LABELS[item.parent.status].toLowerCase()})` : ""}:{" "}
            {item.parent.body || "(deleted)"}
          </blockquote>
        ) : null}
        <p className={styles.body}>{item.body}</p>
        {item.openReportCount > 0 ? (
          <div>
            <p className="meta">
              Reported {item.openReportCount === 1 ? "once" : `${item.openReportCount} times`}
              {item.openReportCount > item.reports.length ? " (newest shown)" : ""}:
            </p>
            <ul className={styles.reports}>
              {item.reports.map((report, index) => (
                <li key={index}>
                  {REPORT_REASON_LABELS[report.reason]} — {report.reporterName}
                  {report.note ? `: “${report.note}”` : ""}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className={styles.buttons}>
          {MODERATION_ACTIONS.filter((action) => canModerate(action, item)).map((action) => (
            <button
              key={action}
              type="submit"
              name="intent"
              value={singleIntent(action, item)}
              className={action === "delete" ? `button ${styles.danger}` : "button"}
            >
              {action === "approve" && item.status === "PUBLISHED" ? "Keep (dismiss reports)" : MODERATION_ACTION_LABELS[action]}
              <span className="visually-hidden"> the {described}</span>
            </button>
          ))}
          {item.status === "PUBLISHED" ? (
            <button type="submit" name="intent" value={`${item.isFeatured ? "unfeature" : "feature"}:${item.id}`} className="button">
              {item.isFeatured ? "Stop featuring" : "Feature"}
              <span className="visually-hidden"> the {described}</span>
            </button>
          ) : null}
        </div>
      </div>
      {author ? <AuthorRecord author={author} /> : null}
    </li>
  );
}

function AuthorRecord({ author }: { author: TAuthorHistory }) {
  return (
    <aside className={styles.record} aria-label={`About ${author.name}`}>
      <h4>{author.name}</h4>
      <p>
        {author.role !== "MEMBER" ? `${ROLE_LABELS[author.role]} · ` : ""}
        Member since <FormattedDate iso={author.memberSince} />
        {author.isDeleted ? " · account deleted" : ""}
      </p>
      {author.ban ? (
        <p>
          <strong>Banned</strong>
          {author.ban.expiresAt ? (
            <>
              {" "}
              until <FormattedDateTime iso={author.ban.expiresAt} />
            </>
          ) : null}
          : {author.ban.reason}
        </p>
      ) : null}
      {author.isShadowBanned ? (
        <p>
          <strong>Shadow-banned</strong>
        </p>
      ) : null}
      <p>
        {author.rejectedCount} rejected · {author.hiddenCount} hidden
      </p>
      {author.recent.length > 0 ? (
        <>
          <h4>Recent comments</h4>
          <ul>
            {author.recent.map((comment) => (
              <li key={comment.id}>
                <span className={styles.badge}>{COMMENT_STATUS_LABELS[comment.status]}</span> on {comment.articleTitle}
                {comment.excerpt ? `: ${comment.excerpt}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {author.noteCount > 0 ? (
        <>
          <h4>Moderator notes ({author.noteCount})</h4>
          <ul>
            {author.notes.map((note, index) => (
              <li key={index}>
                {note.body} <span className="meta">— {note.writerName ?? "former staff"}, <FormattedDate iso={note.createdAt} /></span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={memberRecordHref(author.id)}>Full record, notes, ban or shadow ban</Link>
      </p>
    </aside>
  );
}

/** The bulk controls at the top of the list. */
export function BulkControls() {
  return (
    <div className={styles.bulk}>
      <label htmlFor="bulk-action">With the selected comments</label>
      <select id="bulk-action" name="bulkAction" defaultValue="approve">
        {MODERATION_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {MODERATION_ACTION_LABELS[action]}
          </option>
        ))}
      </select>
      <button type="submit" name="intent" value="bulk" className="button">
        Apply to selected
      </button>
    </div>
  );
}

export function ModerationList({ items, authors, showArticle }: { items: TModerationItem[]; authors: Record<string, TAuthorHistory>; showArticle: boolean }) {
  return (
    <ul className={styles.list} role="list">
      {items.map((item) => (
        <ModerationItemCard key={item.id} item={item} author={authors[item.authorId]} showArticle={showArticle} />
      ))}
    </ul>
  );
}

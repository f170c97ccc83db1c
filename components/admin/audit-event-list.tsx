import Link from "next/link";
import type { TAuditEventEntry } from "@/lib/audit/list-audit-events";
import { AdminTable } from "./admin-table";
import { FormattedDateTime } from "./formatted-date-time";
import { ROLE_LABELS, TIER_LABELS } from "./role-labels";

const ACTION_LABELS: Record<string, string> = {
  "user.role_changed": "Role changed",
  "user.tier_changed": "Membership changed",
  "user.banned": "Banned",
  "user.unbanned": "Ban lifted",
  "user.password_changed": "Password changed",
  "user.deleted": "Account deleted",
  "user.password_reset": "Password reset",
  "user.invited": "Invited to the newsroom",
  "user.sign_in_under_attack": "Sign-in under attack (many failed sign-ins)",
  "user.signed_out_everywhere": "Signed out everywhere",
  "user.shadow_banned": "Shadow-banned",
  "user.shadow_ban_lifted": "Shadow ban lifted",
  "user.note_added": "Moderator note added",
  "article.submitted_for_review": "Submitted for review",
  "article.published": "Published",
  "article.unpublished": "Unpublished",
  "article.archived": "Archived",
  "article.edited": "Published story edited",
  "article.deleted": "Article deleted",
  "article.publish_scheduled": "Publishing scheduled",
  "article.unpublish_scheduled": "Unpublishing scheduled",
  "article.schedule_cancelled": "Schedule cancelled",
  "article.comments_closed": "Comments closed",
  "article.comments_reopened": "Comments reopened",
  "comment.approved": "Comment approved",
  "comment.rejected": "Comment rejected",
  "comment.hidden": "Comment hidden",
  "comment.deleted": "Comment deleted",
  "comment.featured": "Comment featured",
  "comment.unfeatured": "Comment no longer featured",
  "comment.moderation_undone": "Moderation undone",
  "job.cancelled": "Scheduled job cancelled",
  "job.rescheduled": "Scheduled job moved",
  "settings.updated": "Site settings changed",
  "site.imported": "Site imported",
  "site.import_checked": "Site import checked (dry run)",
  "site.import_failed": "Site import refused or failed",
};

const COMMENT_STATUS_LABELS: Record<string, string> = {
  PENDING: "Awaiting review",
  PUBLISHED: "Published",
  HIDDEN: "Hidden",
  REJECTED: "Rejected",
  DELETED: "Deleted",
};

const VALUE_LABELS: Record<string, string> = { ...ROLE_LABELS, ...TIER_LABELS, ...COMMENT_STATUS_LABELS };

function describeDetail(detail: TAuditEventEntry["detail"]): string {
  if (detail === null || typeof detail !== "object" || Array.isArray(detail)) return detail === null ? "" : String(detail);
  const { from, to, reason, previousReason, summary } = detail;
  // An import's counts, in words ("posts: 1000 created; comments: …"); the run's page has the rest.
  if (typeof summary === "string") return summary || "Nothing to import";
  if (typeof from === "string" && typeof to === "string") return `${VALUE_LABELS[from] ?? from} → ${VALUE_LABELS[to] ?? to}`;
  if (typeof reason === "string") return `Reason: ${reason}`;
  if (typeof previousReason === "string") return `Was banned for: ${previousReason}`;
  return JSON.stringify(detail);
}

function Target({ event }: { event: TAuditEventEntry }) {
  if (event.targetType === "User" && event.targetId) {
    return <Link href={`/admin/users/${encodeURIComponent(event.targetId)}`}>{event.targetName ?? "Unknown user"}</Link>;
  }
  if (event.targetType === "ImportRun" && event.targetId) {
    return <Link href={`/admin/import/${encodeURIComponent(event.targetId)}`}>Import report</Link>;
  }
  return (
    <>
      {event.targetType}
      {event.targetId ? ` ${event.targetId}` : ""}
    </>
  );
}

type TAuditEventListProps = Pick<Parameters<typeof AdminTable<TAuditEventEntry>>[0], "caption" | "empty" | "pager"> & {
  events: TAuditEventEntry[];
};

/** Audit events as a table, newest first (the order they come in). */
export function AuditEventList({ events, ...table }: TAuditEventListProps) {
  return (
    <AdminTable
      {...table}
      columns={[
        { header: "When", cell: (event) => <FormattedDateTime iso={event.createdAt} /> },
        { header: "Who", cell: (event) => (event.actor ? event.actor.name : "System") },
        { header: "What", cell: (event) => ACTION_LABELS[event.action] ?? event.action },
        { header: "About", cell: (event) => <Target event={event} /> },
        { header: "Details", cell: (event) => describeDetail(event.detail) },
      ]}
      rows={events}
      rowKey={(event) => event.id}
    />
  );
}

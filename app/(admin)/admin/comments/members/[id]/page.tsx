import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ROLE_LABELS } from "@/components/admin/role-labels";
import { articleCommentsHref } from "@/components/moderation/moderation-item-card";
import { COMMENT_STATUS_LABELS, heldReasonLabel } from "@/components/moderation/moderation-labels";
import { MemberSanctionPanels } from "@/components/moderation/member-sanction-panels";
import { ModeratorNotes } from "@/components/moderation/moderator-notes";
import { FormattedDate } from "@/components/ui/formatted-date";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { MODERATOR_NOTE_MAX_LENGTH } from "@/lib/members/add-moderator-note";
import { COMMENT_STATUSES } from "@/lib/moderation/moderation-schemas";
import { getMemberRecord } from "@/lib/moderation/get-member-record";
import { addModeratorNoteAction, banMemberAction, shadowBanMemberAction, unbanMemberAction, unshadowBanMemberAction } from "./actions";

type TMemberPageProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Member record" };

export default async function MemberRecordPage({ params }: TMemberPageProps) {
  const { id } = await params;
  const returnTo = `/admin/comments/members/${encodeURIComponent(id)}`;
  await requirePagePermission("admin:access", returnTo);
  const moderator = await requirePagePermission("comment:moderate", returnTo);
  const member = await getMemberRecord(id);
  if (!member) notFound();
  // Moderators sanction members; staff are for user management (lib/members/assert-can-sanction.ts).
  const maySanction = member.id !== moderator.id && !member.isDeleted && (member.role === "MEMBER" || roleCan(moderator.role, "user:manage"));

  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link href="/admin/comments">← The moderation queue</Link>
        {roleCan(moderator.role, "user:manage") ? (
          <>
            {" · "}
            <Link href={`/admin/users/${encodeURIComponent(member.id)}`}>User management</Link>
          </>
        ) : null}
      </p>
      <h1 className="page-title">{member.name}</h1>
      <dl className="admin-facts">
        <dt>Role</dt>
        <dd>{ROLE_LABELS[member.role]}</dd>
        <dt>Member since</dt>
        <dd>
          <FormattedDate iso={member.memberSince} />
        </dd>
        <dt>Comments</dt>
        <dd>
          {COMMENT_STATUSES.map((status) => `${member.commentCounts[status] ?? 0} ${COMMENT_STATUS_LABELS[status].toLowerCase()}`).join(" · ")}
        </dd>
      </dl>
      {member.isDeleted ? <p>This account was deleted; its comments remain, shown as “Deleted account”.</p> : null}

      {maySanction ? (
        <MemberSanctionPanels
          member={member}
          actions={{ ban: banMemberAction, unban: unbanMemberAction, shadowBan: shadowBanMemberAction, unshadowBan: unshadowBanMemberAction }}
        />
      ) : null}

      <section className="admin-panel" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Moderator notes</h2>
        <ModeratorNotes memberId={member.id} notes={member.notes} maxLength={MODERATOR_NOTE_MAX_LENGTH} action={addModeratorNoteAction} />
      </section>

      <section className="admin-panel" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent comments</h2>
        <AdminTable
          caption="The member's newest comments"
          columns={[
            { header: "When", cell: (comment) => <FormattedDateTime iso={comment.createdAt} /> },
            { header: "Article", cell: (comment) => <Link href={articleCommentsHref(comment.article.id)}>{comment.article.title}</Link> },
            {
              header: "Status",
              cell: (comment) =>
                `${COMMENT_STATUS_LABELS[comment.status]}${comment.heldReason && comment.status !== "PUBLISHED" ? ` (${heldReasonLabel(comment.heldReason)})` : ""}`,
            },
            { header: "Comment", cell: (comment) => comment.excerpt },
          ]}
          rows={member.recentComments}
          rowKey={(comment) => comment.id}
          empty="No comments yet."
        />
      </section>
    </div>
  );
}

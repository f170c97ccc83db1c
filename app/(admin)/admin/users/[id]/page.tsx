import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEventList } from "@/components/admin/audit-event-list";
import { ChangeRoleForm } from "@/components/admin/change-role-form";
import { InviteStaffForm } from "@/components/admin/invite-staff-form";
import { MembershipForm } from "@/components/admin/membership-form";
import { ROLE_LABELS, TIER_LABELS, statusLabel } from "@/components/admin/role-labels";
import { MemberSanctionPanels } from "@/components/moderation/member-sanction-panels";
import { ModeratorNotes } from "@/components/moderation/moderator-notes";
import { FormattedDate } from "@/components/ui/formatted-date";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePagePermission } from "@/lib/auth/guards";
import { MODERATOR_NOTE_MAX_LENGTH } from "@/lib/members/add-moderator-note";
import { getUserForAdmin, type TUserForAdmin } from "@/lib/members/get-user-for-admin";
import { canBeInvited, INVITATION_DAYS, isPlaceholderEmail } from "@/lib/members/invite-staff-member";
import { getMemberRecord } from "@/lib/moderation/get-member-record";
import {
  addModeratorNoteAction,
  banMemberAction,
  shadowBanMemberAction,
  unbanMemberAction,
  unshadowBanMemberAction,
} from "../../comments/members/[id]/actions";
import { changeUserRoleAction, inviteStaffMemberAction, setUserTierAction } from "./actions";

type TUserPageProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "User" };

async function requireUserManager(id: string) {
  const returnTo = `/admin/users/${encodeURIComponent(id)}`;
  await requirePagePermission("admin:access", returnTo);
  return requirePagePermission("user:manage", returnTo);
}

export default async function UserPage({ params }: TUserPageProps) {
  const { id } = await params;
  const admin = await requireUserManager(id);
  const user = await getUserForAdmin(id);
  if (!user) notFound();
  const history = await listAuditEvents({ cursor: null, targetUserId: user.id });
  // Ban expiry, shadow ban and notes: the moderators' view of the same person.
  const record = await getMemberRecord(user.id);
  if (!record) notFound();

  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link href="/admin/users">← All users</Link>
      </p>
      <h1 className="page-title">{user.name}</h1>
      <UserFacts user={user} isBanExpired={record.ban !== null && !record.ban.isInForce} />

      {user.deletedAt ? (
        <p>
          This account was deleted on <FormattedDate iso={user.deletedAt} />. Its personal data has been erased; its
          comments remain, shown as “Deleted account”.
        </p>
      ) : (
        <>
          {canBeInvited(user) ? (
            <section className="admin-panel" aria-labelledby="invite-heading">
              <h2 id="invite-heading">Invitation</h2>
              <p>
                This newsroom account has no password yet (an imported author, for example), so nobody can sign in to it. Invite{" "}
                {user.name}: they get an email with a link to choose a password, valid for {INVITATION_DAYS} days.
              </p>
              <InviteStaffForm userId={user.id} asksForEmail={isPlaceholderEmail(user.email)} action={inviteStaffMemberAction} />
            </section>
          ) : null}
          <section className="admin-panel" aria-labelledby="role-heading">
            <h2 id="role-heading">Role</h2>
            <ChangeRoleForm userId={user.id} currentRole={user.role} action={changeUserRoleAction} />
          </section>

          <section className="admin-panel" aria-labelledby="membership-heading">
            <h2 id="membership-heading">Membership</h2>
            <p>{user.tier === "VIP" ? "VIP membership." : "Free membership."}</p>
            <MembershipForm userId={user.id} currentTier={user.tier} action={setUserTierAction} />
          </section>

          {user.id === admin.id ? (
            <section className="admin-panel" aria-labelledby="ban-heading">
              <h2 id="ban-heading">Ban</h2>
              <p>You cannot ban yourself.</p>
            </section>
          ) : (
            <MemberSanctionPanels
              member={record}
              actions={{ ban: banMemberAction, unban: unbanMemberAction, shadowBan: shadowBanMemberAction, unshadowBan: unshadowBanMemberAction }}
            />
          )}
        </>
      )}

      <section className="admin-panel" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Moderator notes</h2>
        <ModeratorNotes memberId={user.id} notes={record.notes} maxLength={MODERATOR_NOTE_MAX_LENGTH} action={addModeratorNoteAction} />
        <p>
          <Link href={`/admin/comments/members/${encodeURIComponent(user.id)}`}>Their comments and moderation record</Link>
        </p>
      </section>

      <section className="admin-panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <AuditEventList events={history.events} caption={`Audit events about ${user.name}`} empty="Nothing has been recorded about this user yet." />
      </section>
    </div>
  );
}

function UserFacts({ user, isBanExpired }: { user: TUserForAdmin; isBanExpired: boolean }) {
  return (
    <dl className="admin-facts">
      <dt>Email</dt>
      <dd>
        {user.email} {user.emailVerified ? null : <span className="meta">(not verified)</span>}
      </dd>
      <dt>Role</dt>
      <dd>{ROLE_LABELS[user.role]}</dd>
      <dt>Membership</dt>
      <dd>{TIER_LABELS[user.tier]}</dd>
      <dt>Status</dt>
      <dd>{isBanExpired ? "Active (ban expired)" : statusLabel(user.status, user.deletedAt !== null)}</dd>
      <dt>Joined</dt>
      <dd>
        <FormattedDate iso={user.createdAt} />
      </dd>
      <dt>Comments</dt>
      <dd>{user.commentCount}</dd>
      {user.handle ? (
        <>
          <dt>Author page</dt>
          <dd>
            <Link href={`/authors/${encodeURIComponent(user.handle)}`}>/authors/{user.handle}</Link>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

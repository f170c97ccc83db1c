import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ProfileForm } from "@/components/account/profile-form";
import { ReplyEmailsForm } from "@/components/account/reply-emails-form";
import { ROLE_LABELS, TIER_LABELS } from "@/components/admin/role-labels";
import { requirePageUser } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { isStaffRole, STAFF_SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { getOwnProfileFor } from "@/lib/members/get-own-profile";
import { getReplyEmailsFor } from "@/lib/comments/reply-email-preference";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { BIO_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH } from "@/lib/members/member-schemas";
import { signOutEverywhereAction } from "@/app/(auth)/sign-out/actions";
import { changePasswordAction, deleteAccountAction, updateProfileAction, updateReplyEmailsAction } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false, follow: false } };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const [profile, replyEmails] = await Promise.all([getOwnProfileFor(user), getReplyEmailsFor(user)]);
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Your account</h1>
      <dl className="admin-facts">
        <dt>Email</dt>
        <dd>{profile.email}</dd>
        <dt>Membership</dt>
        <dd>{TIER_LABELS[profile.tier]}</dd>
        {profile.role !== "MEMBER" ? (
          <>
            <dt>Role</dt>
            <dd>
              {ROLE_LABELS[profile.role]}
              {roleCan(profile.role, "admin:access") ? (
                <>
                  {" · "}
                  <Link href="/admin">Open the newsroom</Link>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>

      <section className="account-panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ProfileForm
          name={profile.name}
          bio={profile.bio}
          limits={{ nameMaxLength: DISPLAY_NAME_MAX_LENGTH, bioMaxLength: BIO_MAX_LENGTH }}
          action={updateProfileAction}
        />
      </section>

      <section className="account-panel" aria-labelledby="email-settings-heading">
        <h2 id="email-settings-heading">Email</h2>
        <ReplyEmailsForm replyEmails={replyEmails} action={updateReplyEmailsAction} />
      </section>

      {profile.hasPassword ? (
        <section className="account-panel" aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          <p>Changing your password signs you out everywhere else.</p>
          <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} action={changePasswordAction} />
        </section>
      ) : null}

      <section className="account-panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <p>
          Signed in on a shared or lost device? Signing out everywhere ends every session of your account, this one
          too{isStaffRole(profile.role) ? `; newsroom sessions end by themselves after ${STAFF_SESSION_MAX_AGE_SECONDS / 3600} hours` : ""}.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="button">
            Sign out everywhere
          </button>
        </form>
      </section>

      <section className="account-panel account-panel--danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>
          Your email address, name, bio and password are erased and you are signed out. Your comments stay in their
          conversations, shown as “Deleted account”.
        </p>
        <DeleteAccountForm confirmWith={profile.hasPassword ? "password" : "email"} action={deleteAccountAction} />
      </section>
    </div>
  );
}

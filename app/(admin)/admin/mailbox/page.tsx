import type { Metadata } from "next";
import { AdminList } from "@/components/admin/admin-list";
import { requirePagePermission } from "@/lib/auth/guards";
import { serverEnv } from "@/lib/env";
import { listOutboxEmails } from "@/lib/mail/list-outbox-emails";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { FormattedDateTime } from "./formatted-date-time";

export const metadata: Metadata = { title: "Mailbox" };

type TMailboxPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every email Masthead has written, newest first. Without SMTP_URL this is where mail goes
 * (development, demos, tests); with it, the page shows what was sent and what failed.
 */
export default async function MailboxPage({ searchParams }: TMailboxPageProps) {
  const rawAfter = singleSearchParam((await searchParams).after);
  const viewer = await requirePagePermission("mailbox:read", rawAfter ? `/admin/mailbox?after=${encodeURIComponent(rawAfter)}` : "/admin/mailbox");
  const after = decodeKeysetCursor(rawAfter);
  const { emails, nextCursor } = await listOutboxEmails(viewer, after);
  const smtpConfigured = Boolean(serverEnv().SMTP_URL);
  return (
    <div className="page mailbox">
      <h1 className="page-title">Mailbox</h1>
      <p className="lede">
        {smtpConfigured
          ? "Email is sent over SMTP. This is the outbox: what was sent, what waits, and what failed."
          : "No SMTP server is configured (SMTP_URL), so email is not sent: it waits here. Links in these emails work as they would from an inbox."}
      </p>
      <AdminList
        isEmpty={emails.length === 0}
        empty={after ? "There is no older email." : "No email yet."}
        pager={{
          label: "Older email",
          nextHref: nextCursor ? `/admin/mailbox?after=${encodeURIComponent(nextCursor)}` : null,
          nextText: "Older email",
          firstHref: after ? "/admin/mailbox" : null,
          firstText: "Back to the newest",
        }}
      >
        <ol className="mailbox__list" role="list">
          {emails.map((email) => (
            <li key={email.id}>
              <article className="mailbox__email" aria-labelledby={`email-${email.id}`}>
                <h2 id={`email-${email.id}`} className="mailbox__subject">
                  {email.subject}
                </h2>
                <dl className="mailbox__meta">
                  <div>
                    <dt>To</dt>
                    <dd>{email.toAddress}</dd>
                  </div>
                  <div>
                    <dt>Kind</dt>
                    <dd>{email.kind}</dd>
                  </div>
                  <div>
                    <dt>Written</dt>
                    <dd>
                      <FormattedDateTime iso={email.createdAt} />
                    </dd>
                  </div>
                  <div>
                    <dt>Status</dt>
                    <dd>
                      {email.status.toLowerCase()}
                      {email.attempts > 0 ? ` after ${email.attempts} attempt${email.attempts === 1 ? "" : "s"}` : ""}
                      {email.lastError ? ` (${email.lastError})` : ""}
                    </dd>
                  </div>
                </dl>
                <pre className="mailbox__body">{email.textBody}</pre>
              </article>
            </li>
          ))}
        </ol>
      </AdminList>
    </div>
  );
}

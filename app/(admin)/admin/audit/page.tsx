import type { Metadata } from "next";
import { AuditEventList } from "@/components/admin/audit-event-list";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePagePermission } from "@/lib/auth/guards";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

export const metadata: Metadata = { title: "Audit log" };

type TAuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: TAuditPageProps) {
  const after = singleSearchParam((await searchParams).after);
  const returnTo = after ? `/admin/audit?after=${encodeURIComponent(after)}` : "/admin/audit";
  await requirePagePermission("admin:access", returnTo);
  await requirePagePermission("audit:read", returnTo);

  const cursor = decodeKeysetCursor(after);
  const page = await listAuditEvents({ cursor });
  const isLaterPage = cursor !== null;
  return (
    <div className="page">
      <h1 className="page-title">Audit log</h1>
      <p className="lede">Who changed what, and when, newest first. Times are in UTC.</p>
      <AuditEventList
        events={page.events}
        caption="Audit events, newest first"
        empty={isLaterPage ? "There are no older events." : "Nothing has been recorded yet."}
        pager={{
          label: "Older events",
          nextHref: page.nextCursor ? `/admin/audit?after=${page.nextCursor}` : null,
          nextText: "Older events",
          firstHref: isLaterPage ? "/admin/audit" : null,
          firstText: "Back to the newest",
        }}
      />
    </div>
  );
}

import { BanPanel } from "@/components/admin/ban-user-form";
import type { TFormAction } from "@/components/admin/form-feedback";
import type { TBanUserResult } from "@/lib/members/ban-user";
import { BAN_REASON_MAX_LENGTH } from "@/lib/members/member-schemas";
import type { TUnbanUserResult } from "@/lib/members/unban-user";
import type { TMemberRecord } from "@/lib/moderation/get-member-record";
import { ShadowBanPanel } from "./shadow-ban-panel";

export type TSanctionActions = {
  ban: TFormAction<TBanUserResult>;
  unban: TFormAction<TUnbanUserResult>;
  shadowBan: TFormAction<{ hiddenComments: number }>;
  unshadowBan: TFormAction<{ restoredComments: number }>;
};

/** The ban and shadow-ban sections of a member's page (the moderators' and the admins' alike). */
export function MemberSanctionPanels({ member, actions }: { member: Pick<TMemberRecord, "id" | "ban" | "shadowBannedAt">; actions: TSanctionActions }) {
  return (
    <>
      <section className="admin-panel" aria-labelledby="ban-heading">
        <h2 id="ban-heading">{member.ban?.isInForce ? "Banned" : "Ban"}</h2>
        <BanPanel userId={member.id} ban={member.ban} reasonMaxLength={BAN_REASON_MAX_LENGTH} banAction={actions.ban} unbanAction={actions.unban} />
      </section>
      <section className="admin-panel" aria-labelledby="shadow-heading">
        <h2 id="shadow-heading">Shadow ban</h2>
        <ShadowBanPanel
          userId={member.id}
          shadowBannedAt={member.shadowBannedAt}
          shadowBanAction={actions.shadowBan}
          unshadowBanAction={actions.unshadowBan}
        />
      </section>
    </>
  );
}

import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";

const SETTINGS_ID = 1;

/** Whether webhooks may reach private and loopback addresses (off unless an admin allows it). */
export async function webhooksMayReachPrivateAddresses(): Promise<boolean> {
  const row = await db.integrationSettings.findUnique({ where: { id: SETTINGS_ID }, select: { webhooksAllowPrivateAddresses: true } });
  return row?.webhooksAllowPrivateAddresses ?? false;
}

export const ZIntegrationSettingsInput = z.object({ allowPrivateAddresses: z.enum(["on", "off"]).optional() });

export async function updateIntegrationSettingsFor(actor: TCurrentUser, rawInput: z.input<typeof ZIntegrationSettingsInput>): Promise<void> {
  assertPermission(actor, "integrations:manage");
  const { allowPrivateAddresses } = parseInputOrThrow(ZIntegrationSettingsInput, rawInput);
  const value = allowPrivateAddresses === "on";
  await db.$transaction(async (tx) => {
    await tx.integrationSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, webhooksAllowPrivateAddresses: value }, update: { webhooksAllowPrivateAddresses: value } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "integrations.settings_updated", targetType: "IntegrationSettings", targetId: String(SETTINGS_ID), detail: { webhooksAllowPrivateAddresses: value } });
  });
}

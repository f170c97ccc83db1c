"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { requirePermission } from "@/lib/auth/guards";
import { createApiKeyFor, revokeApiKeyFor, ZCreateApiKeyInput, ZRevokeApiKeyInput } from "@/lib/content-api/api-keys";
import { updateIntegrationSettingsFor, ZIntegrationSettingsInput } from "@/lib/webhooks/integration-settings";
import { createWebhookFor, deleteWebhookFor, setWebhookPausedFor, ZWebhookIdInput } from "@/lib/webhooks/manage-webhooks";

// Thin adapters: each domain function checks the permission itself as well.

export const createApiKeyAction = validatedAction("createApiKey", "integrations:manage", ZCreateApiKeyInput, async (input) => {
  const created = await createApiKeyFor(await requirePermission("integrations:manage"), input);
  refresh();
  return created;
});

export const revokeApiKeyAction = validatedAction("revokeApiKey", "integrations:manage", ZRevokeApiKeyInput, async (input) => {
  await revokeApiKeyFor(await requirePermission("integrations:manage"), input);
  refresh();
});

/** The form sends one checkbox per event, named "event:<name>". */
const ZCreateWebhookForm = z
  .record(z.string(), z.string())
  .transform((fields) => ({
    url: fields.url ?? "",
    description: fields.description ?? "",
    events: Object.keys(fields)
      .filter((name) => name.startsWith("event:"))
      .map((name) => name.slice("event:".length)),
  }));
// createWebhookFor parses the result with ZCreateWebhookInput (per-field messages for url, events).

export const createWebhookAction = validatedAction("createWebhook", "integrations:manage", ZCreateWebhookForm, async (input) => {
  const created = await createWebhookFor(await requirePermission("integrations:manage"), input);
  refresh();
  return created;
});

export const pauseWebhookAction = validatedAction("pauseWebhook", "integrations:manage", ZWebhookIdInput, async (input) => {
  await setWebhookPausedFor(await requirePermission("integrations:manage"), input, true);
  refresh();
});

export const resumeWebhookAction = validatedAction("resumeWebhook", "integrations:manage", ZWebhookIdInput, async (input) => {
  await setWebhookPausedFor(await requirePermission("integrations:manage"), input, false);
  refresh();
});

export const deleteWebhookAction = validatedAction("deleteWebhook", "integrations:manage", ZWebhookIdInput, async (input) => {
  await deleteWebhookFor(await requirePermission("integrations:manage"), input);
  refresh();
});

export const updateIntegrationSettingsAction = validatedAction("updateIntegrationSettings", "integrations:manage", ZIntegrationSettingsInput, async (input) => {
  await updateIntegrationSettingsFor(await requirePermission("integrations:manage"), input);
  refresh();
});

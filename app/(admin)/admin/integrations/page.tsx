import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { CreateApiKeyForm } from "@/components/integrations/create-api-key-form";
import { CreateWebhookForm } from "@/components/integrations/create-webhook-form";
import { IntegrationSettingsForm } from "@/components/integrations/integration-settings-form";
import { WorkflowButtonForm } from "@/components/newsroom/workflow-button-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { listApiKeysFor } from "@/lib/content-api/api-keys";
import { webhooksMayReachPrivateAddresses } from "@/lib/webhooks/integration-settings";
import { listWebhooksFor } from "@/lib/webhooks/manage-webhooks";
import {
  createApiKeyAction,
  createWebhookAction,
  deleteWebhookAction,
  pauseWebhookAction,
  resumeWebhookAction,
  revokeApiKeyAction,
  updateIntegrationSettingsAction,
} from "./actions";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const user = await requirePagePermission("integrations:manage", "/admin/integrations");
  const [keys, hooks, allowPrivate] = await Promise.all([listApiKeysFor(user), listWebhooksFor(user), webhooksMayReachPrivateAddresses()]);
  return (
    <div className="page">
      <h1 className="page-title">Integrations</h1>
      <p className="lede">Connect apps and services: a read-only content API, and webhooks that tell other systems when stories and comments change.</p>

      <section className="admin-panel" aria-labelledby="api-heading">
        <h2 id="api-heading">Content API keys</h2>
        <p>
          The API is described at <a href="/api/content/openapi.json">/api/content/openapi.json</a> (OpenAPI 3.1). Send a key as <code>Authorization: Bearer &lt;key&gt;</code>. Each key may
          make 300 requests a minute.
        </p>
        <CreateApiKeyForm action={createApiKeyAction} />
        <AdminTable
          caption="API keys, newest first"
          captionVisible
          columns={[
            { header: "Name", isRowHeader: true, cell: (key) => key.name },
            { header: "Starts with", cell: (key) => <code>{key.prefix}…</code> },
            { header: "Created", cell: (key) => <FormattedDateTime iso={key.createdAt} /> },
            { header: "Last used", cell: (key) => (key.lastUsedAt ? <FormattedDateTime iso={key.lastUsedAt} /> : "never") },
            {
              header: "State",
              cell: (key) =>
                key.revokedAt ? (
                  <>
                    revoked <FormattedDateTime iso={key.revokedAt} />
                  </>
                ) : (
                  <WorkflowButtonForm action={revokeApiKeyAction} fields={{ keyId: key.id }} label={`Revoke ${key.name}`} successText="Key revoked." isDanger />
                ),
            },
          ]}
          rows={keys}
          rowKey={(key) => key.id}
          empty="No keys yet."
        />
      </section>

      <section className="admin-panel" aria-labelledby="hooks-heading">
        <h2 id="hooks-heading">Webhooks</h2>
        <p>
          Each event is POSTed as JSON with the headers <code>Masthead-Event</code>, <code>Masthead-Delivery</code> (an id to ignore repeats by) and{" "}
          <code>Masthead-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>, where v1 is the HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> under the hook&apos;s secret. Check it,
          and refuse a t more than 5 minutes old. A failed delivery is retried 5 times (after 30 s, 1, 2, 4 and 8 minutes); after 10 failures in a row the hook is paused and admins are
          emailed.
        </p>
        <CreateWebhookForm action={createWebhookAction} />
        {hooks.length === 0 ? <p>No webhooks yet.</p> : null}
        {hooks.map((hook) => (
          <article key={hook.id} className="webhook" aria-labelledby={`hook-${hook.id}`}>
            <h3 id={`hook-${hook.id}`}>{hook.url}</h3>
            <dl className="admin-facts">
              {hook.description ? (
                <>
                  <dt>Description</dt>
                  <dd>{hook.description}</dd>
                </>
              ) : null}
              <dt>Events</dt>
              <dd>{hook.events.join(", ")}</dd>
              <dt>State</dt>
              <dd>
                {hook.status === "ACTIVE" ? "active" : "paused"}
                {hook.pausedAt ? (
                  <>
                    {" "}
                    since <FormattedDateTime iso={hook.pausedAt} />
                  </>
                ) : null}
                {hook.consecutiveFailures > 0 ? `, ${hook.consecutiveFailures} failures in a row` : ""}
              </dd>
              <dt>Signing secret</dt>
              <dd>
                <details>
                  <summary>Show the secret</summary>
                  <code>{hook.secret}</code>
                </details>
              </dd>
            </dl>
            <div className="newsroom-steps">
              {hook.status === "ACTIVE" ? (
                <WorkflowButtonForm action={pauseWebhookAction} fields={{ webhookId: hook.id }} label="Pause" successText="Paused." />
              ) : (
                <WorkflowButtonForm action={resumeWebhookAction} fields={{ webhookId: hook.id }} label="Resume" successText="Resumed." />
              )}
              <WorkflowButtonForm action={deleteWebhookAction} fields={{ webhookId: hook.id }} label="Delete" successText="Deleted." isDanger />
            </div>
            <AdminTable
              caption="Latest deliveries"
              captionVisible
              columns={[
                { header: "Queued", isRowHeader: true, cell: (delivery) => <FormattedDateTime iso={delivery.createdAt} /> },
                { header: "Event", cell: (delivery) => delivery.event },
                {
                  header: "Result",
                  cell: (delivery) => (delivery.status === "SUCCEEDED" ? "delivered" : delivery.status === "FAILED" ? "failed" : "waiting"),
                },
                { header: "Tries", cell: (delivery) => delivery.attempts },
                { header: "Last answer", cell: (delivery) => (delivery.lastStatus !== null ? `HTTP ${delivery.lastStatus}` : (delivery.lastError ?? "–")) },
                { header: "Time taken", cell: (delivery) => (delivery.lastDurationMs !== null ? `${delivery.lastDurationMs} ms` : "–") },
              ]}
              rows={hook.deliveries}
              rowKey={(delivery) => delivery.id}
              empty="No deliveries yet."
            />
          </article>
        ))}
      </section>

      <section className="admin-panel" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Outgoing requests</h2>
        <IntegrationSettingsForm action={updateIntegrationSettingsAction} allowPrivateAddresses={allowPrivate} />
      </section>
    </div>
  );
}

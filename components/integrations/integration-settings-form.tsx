"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

export function IntegrationSettingsForm({ action, allowPrivateAddresses }: { action: TFormAction<void>; allowPrivateAddresses: boolean }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form">
      <input type="hidden" name="allowPrivateAddresses" value="off" />
      <label className="checkbox-label">
        <input type="checkbox" name="allowPrivateAddresses" value="on" defaultChecked={allowPrivateAddresses} aria-describedby="private-addresses-hint" /> Let webhooks reach private and
        loopback addresses
      </label>
      <p id="private-addresses-hint" className="meta">
        Off by default, so a webhook cannot be aimed at this server or its own network (127.0.0.1, 10.x, 192.168.x and the like). Turn on only when a receiver really lives on your
        private network.
      </p>
      <button type="submit" className="button" disabled={isPending}>
        Save
      </button>
      <FormMessage result={result} successText="Saved." />
    </form>
  );
}

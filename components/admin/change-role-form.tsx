"use client";

import { useActionState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrorOf, type TFormAction } from "./form-feedback";
import { ROLE_LABELS } from "./role-labels";

const FORM_ID = "change-role";
const ROLE_ORDER: Role[] = ["MEMBER", "AUTHOR", "EDITOR", "ADMIN"];

type TChangeRoleFormProps = {
  userId: string;
  currentRole: Role;
  action: TFormAction<{ role: Role; changed: boolean }>;
};

export function ChangeRoleForm({ userId, currentRole, action }: TChangeRoleFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  const successText = result?.ok && !result.data.changed ? "The role was already that." : "Role changed.";
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <input type="hidden" name="userId" value={userId} />
      {/* What the admin saw: the change applies only if nobody changed the role meanwhile. */}
      <input type="hidden" name="seenRole" value={currentRole} />
      {/* The section's heading already says "Role"; the label stays for screen readers. */}
      <Field id={`${FORM_ID}-role`} label="Role" isLabelHidden error={fieldErrorOf(result, "role")}>
        {(control) => (
          <select {...control} name="role" defaultValue={currentRole}>
            {ROLE_ORDER.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        Change role
      </button>
      <FormMessage result={result} successText={successText} />
    </form>
  );
}

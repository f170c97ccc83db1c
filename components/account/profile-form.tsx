"use client";

import { useActionState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

const FORM_ID = "profile";

type TProfileFormProps = {
  name: string;
  bio: string;
  limits: { nameMaxLength: number; bioMaxLength: number };
  action: TFormAction<void>;
};

export function ProfileForm({ name, bio, limits, action }: TProfileFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="account-form" id={FORM_ID}>
      <Field id={`${FORM_ID}-name`} label="Display name" hint="Shown with your comments." error={fieldErrorOf(result, "name")}>
        {(control) => (
          <input {...control} name="name" type="text" autoComplete="nickname" required maxLength={limits.nameMaxLength} defaultValue={name} />
        )}
      </Field>
      <Field id={`${FORM_ID}-bio`} label="Bio" error={fieldErrorOf(result, "bio")}>
        {(control) => <textarea {...control} name="bio" rows={4} maxLength={limits.bioMaxLength} defaultValue={bio} />}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        Save profile
      </button>
      <FormMessage result={result} successText="Profile saved." />
    </form>
  );
}

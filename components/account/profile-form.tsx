"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

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
      <div className="field">
        <label htmlFor={`${FORM_ID}-name`}>Display name</label>
        <p className="field-hint" id={`${FORM_ID}-name-hint`}>
          Shown with your comments.
        </p>
        <input
          id={`${FORM_ID}-name`}
          name="name"
          type="text"
          autoComplete="nickname"
          required
          maxLength={limits.nameMaxLength}
          defaultValue={name}
          {...fieldErrorProps(result, FORM_ID, "name", `${FORM_ID}-name-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="name" />
      </div>
      <div className="field">
        <label htmlFor={`${FORM_ID}-bio`}>Bio</label>
        <textarea
          id={`${FORM_ID}-bio`}
          name="bio"
          rows={4}
          maxLength={limits.bioMaxLength}
          defaultValue={bio}
          {...fieldErrorProps(result, FORM_ID, "bio")}
        />
        <FieldError result={result} formId={FORM_ID} field="bio" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        Save profile
      </button>
      <FormMessage result={result} successText="Profile saved." />
    </form>
  );
}

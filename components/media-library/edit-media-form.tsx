"use client";

import { useActionState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import type { TMediaItem } from "@/lib/media/media-item";

type TEditMediaFormProps = {
  item: Pick<TMediaItem, "id" | "altText" | "caption" | "credit">;
  action: TFormAction<void>;
  limits: { altText: number; caption: number; credit: number };
};

export function EditMediaForm({ item, action, limits }: TEditMediaFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  const formId = `edit-media-${item.id}`;
  return (
    <form action={formAction} className="admin-form media-edit" id={formId}>
      <input type="hidden" name="mediaId" value={item.id} />
      <Field id={`${formId}-alt`} label="Alt text" error={fieldErrorOf(result, "altText")}>
        {(control) => <input {...control} type="text" name="altText" defaultValue={item.altText} required maxLength={limits.altText} />}
      </Field>
      <Field id={`${formId}-caption`} label="Caption" error={fieldErrorOf(result, "caption")}>
        {(control) => <textarea {...control} name="caption" rows={2} defaultValue={item.caption ?? ""} maxLength={limits.caption} />}
      </Field>
      <Field id={`${formId}-credit`} label="Credit" error={fieldErrorOf(result, "credit")}>
        {(control) => <input {...control} type="text" name="credit" defaultValue={item.credit ?? ""} maxLength={limits.credit} />}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        Save details
      </button>
      <FormMessage result={result} successText="Details saved." />
    </form>
  );
}

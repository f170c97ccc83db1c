"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";
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
      <div className="field">
        <label htmlFor={`${formId}-alt`}>Alt text</label>
        <input
          id={`${formId}-alt`}
          type="text"
          name="altText"
          defaultValue={item.altText}
          required
          maxLength={limits.altText}
          {...fieldErrorProps(result, formId, "altText")}
        />
        <FieldError result={result} formId={formId} field="altText" />
      </div>
      <div className="field">
        <label htmlFor={`${formId}-caption`}>Caption</label>
        <textarea
          id={`${formId}-caption`}
          name="caption"
          rows={2}
          defaultValue={item.caption ?? ""}
          maxLength={limits.caption}
          {...fieldErrorProps(result, formId, "caption")}
        />
        <FieldError result={result} formId={formId} field="caption" />
      </div>
      <div className="field">
        <label htmlFor={`${formId}-credit`}>Credit</label>
        <input
          id={`${formId}-credit`}
          type="text"
          name="credit"
          defaultValue={item.credit ?? ""}
          maxLength={limits.credit}
          {...fieldErrorProps(result, formId, "credit")}
        />
        <FieldError result={result} formId={formId} field="credit" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        Save details
      </button>
      <FormMessage result={result} successText="Details saved." />
    </form>
  );
}

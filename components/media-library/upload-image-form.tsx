"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";
import type { TMediaItem } from "@/lib/media/media-item";

const FORM_ID = "upload-image";
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif";

type TUploadImageFormProps = {
  action: TFormAction<TMediaItem>;
  maxUploadBytes: number;
  maxUploadMegabytes: number;
  altTextMaxLength: number;
};

/** Works as a plain multipart form post without JavaScript; with it, shows "Uploading…". */
export function UploadImageForm({ action, maxUploadBytes, maxUploadMegabytes, altTextMaxLength }: TUploadImageFormProps) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form media-upload" id={FORM_ID}>
      <div className="field">
        <label htmlFor={`${FORM_ID}-file`}>Image</label>
        <p className="field-hint" id={`${FORM_ID}-file-hint`}>
          JPEG, PNG, WebP or GIF, up to {maxUploadMegabytes} MB. Location and camera details are removed.
        </p>
        <input
          id={`${FORM_ID}-file`}
          type="file"
          name="file"
          accept={ACCEPTED_IMAGE_TYPES}
          required
          onChange={(event) => {
            // Say so before sending megabytes the server will refuse (it checks again).
            const file = event.currentTarget.files?.[0];
            event.currentTarget.setCustomValidity(
              file && file.size > maxUploadBytes ? `The image is too large: upload one of at most ${maxUploadMegabytes} MB.` : "",
            );
          }}
          {...fieldErrorProps(result, FORM_ID, "file", `${FORM_ID}-file-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="file" />
      </div>
      <div className="field">
        <label htmlFor={`${FORM_ID}-alt`}>Alt text</label>
        <p className="field-hint" id={`${FORM_ID}-alt-hint`}>
          What the image shows, for people who cannot see it. Required before the image can be used.
        </p>
        <input
          id={`${FORM_ID}-alt`}
          type="text"
          name="altText"
          maxLength={altTextMaxLength}
          {...fieldErrorProps(result, FORM_ID, "altText", `${FORM_ID}-alt-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="altText" />
      </div>
      <UploadButton />
      <FormMessage result={result} successText="Image uploaded." />
    </form>
  );
}

function UploadButton() {
  const { pending } = useFormStatus();
  return (
    <>
      <button type="submit" className="button" disabled={pending} aria-describedby={pending ? `${FORM_ID}-progress` : undefined}>
        {pending ? "Uploading…" : "Upload"}
      </button>
      {pending ? (
        <progress id={`${FORM_ID}-progress`} className="media-upload__progress" aria-label="Uploading the image" />
      ) : null}
    </>
  );
}

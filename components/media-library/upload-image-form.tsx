"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect } from "react";
import { FormMessage, fieldErrorOf } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import type { TActionResult } from "@/lib/actions";
import type { TMediaItem } from "@/lib/media/media-item";
import { IMAGE_UPLOAD_PATH, postImageUpload } from "./post-image-upload";

const FORM_ID = "upload-image";
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif";

type TUploadImageFormProps = {
  maxUploadBytes: number;
  maxUploadMegabytes: number;
  altTextMaxLength: number;
};

/**
 * A plain multipart form post to the upload endpoint, which works without JavaScript (the
 * endpoint sends the browser back to the library); with it, the same post is sent by fetch and
 * the form shows "Uploading…" and the result in place.
 */
export function UploadImageForm({ maxUploadBytes, maxUploadMegabytes, altTextMaxLength }: TUploadImageFormProps) {
  const router = useRouter();
  const [result, upload, isPending] = useActionState(
    (_previous: TActionResult<TMediaItem> | null, formData: FormData) => postImageUpload(formData),
    null,
  );
  // The library below lists the new image once the page is fetched again.
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  return (
    <form
      action={IMAGE_UPLOAD_PATH}
      method="post"
      encType="multipart/form-data"
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => upload(formData));
      }}
      className="admin-form media-upload"
      id={FORM_ID}
    >
      <Field
        id={`${FORM_ID}-file`}
        label="Image"
        hint={`JPEG, PNG, WebP or GIF, up to ${maxUploadMegabytes} MB. Location and camera details are removed.`}
        error={fieldErrorOf(result, "file")}
      >
        {(control) => (
          <input
            {...control}
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
          />
        )}
      </Field>
      <Field
        id={`${FORM_ID}-alt`}
        label="Alt text"
        hint="What the image shows, for people who cannot see it. Required before the image can be used."
        error={fieldErrorOf(result, "altText")}
      >
        {(control) => <input {...control} type="text" name="altText" maxLength={altTextMaxLength} />}
      </Field>
      <UploadButton pending={isPending} />
      <FormMessage result={result} successText="Image uploaded." />
    </form>
  );
}

function UploadButton({ pending }: { pending: boolean }) {
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

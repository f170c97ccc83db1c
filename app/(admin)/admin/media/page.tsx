import type { Metadata } from "next";
import { MediaCard } from "@/components/media-library/media-card";
import { UploadImageForm } from "@/components/media-library/upload-image-form";
import { AdminList } from "@/components/admin/admin-list";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { serverEnv } from "@/lib/env";
import { listMedia } from "@/lib/media/list-media";
import { ALT_TEXT_MAX_LENGTH, CAPTION_MAX_LENGTH, CREDIT_MAX_LENGTH } from "@/lib/media/media-schemas";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { deleteMediaAction, updateMediaAction } from "./actions";

export const metadata: Metadata = { title: "Media" };

type TMediaPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LIMITS = { altText: ALT_TEXT_MAX_LENGTH, caption: CAPTION_MAX_LENGTH, credit: CREDIT_MAX_LENGTH };

function mediaHref(after?: string): string {
  return after ? `/admin/media?after=${encodeURIComponent(after)}` : "/admin/media";
}

export default async function MediaPage({ searchParams }: TMediaPageProps) {
  const query = await searchParams;
  const after = singleSearchParam(query.after);
  // Set by the upload endpoint when a form posted without JavaScript failed.
  const uploadOutcome = singleSearchParam(query.upload);
  const user = await requirePagePermission("article:write-own", mediaHref(after));
  // A cursor that does not decode (mistyped, forged) means the first page.
  const cursor = decodeKeysetCursor(after);
  const page = await listMedia({ cursor });
  const mayDelete = roleCan(user.role, "article:edit-any");
  const maxUploadBytes = serverEnv().MEDIA_MAX_UPLOAD_BYTES;
  const maxUploadMegabytes = Math.floor((maxUploadBytes / (1024 * 1024)) * 10) / 10;

  return (
    <div className="page">
      <h1 className="page-title">Media</h1>
      <section className="admin-panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload an image</h2>
        {uploadOutcome ? (
          <p role="status" className="form-message form-message--error">
            {uploadOutcome === "signed-out"
              ? "Your session has ended: sign in again, then upload the image."
              : `The image was not uploaded. Choose a JPEG, PNG, WebP or GIF of at most ${maxUploadMegabytes} MB, with alt text if you can.`}
          </p>
        ) : null}
        <UploadImageForm
          maxUploadBytes={maxUploadBytes}
          maxUploadMegabytes={maxUploadMegabytes}
          altTextMaxLength={ALT_TEXT_MAX_LENGTH}
        />
      </section>

      <section className="admin-panel" aria-labelledby="library-heading">
        <h2 id="library-heading">Library</h2>
        <AdminList
          isEmpty={page.items.length === 0}
          empty={cursor ? "No more images." : "No images yet. Upload the first one above."}
          pager={{
            label: "More images",
            nextHref: page.nextCursor ? mediaHref(page.nextCursor) : null,
            nextText: "Older images",
            firstHref: cursor ? mediaHref() : null,
            firstText: "Newest images",
          }}
        >
          <ul className="media-grid" role="list" aria-labelledby="library-heading">
            {page.items.map((item) => (
              <MediaCard
                key={item.id}
                item={item}
                updateAction={updateMediaAction}
                deleteAction={mayDelete ? deleteMediaAction : null}
                limits={LIMITS}
              />
            ))}
          </ul>
        </AdminList>
      </section>
    </div>
  );
}

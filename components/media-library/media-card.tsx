import type { TFormAction } from "@/components/admin/form-feedback";
import type { TMediaItem } from "@/lib/media/media-item";
import { CopyMediaUrl } from "./copy-media-url";
import { DeleteMediaForm } from "./delete-media-form";
import { EditMediaForm } from "./edit-media-form";

type TMediaCardProps = {
  item: TMediaItem;
  updateAction: TFormAction<void>;
  /** Present only for people who may delete (editors and admins). */
  deleteAction: TFormAction<void> | null;
  limits: { altText: number; caption: number; credit: number };
};

export function MediaCard({ item, updateAction, deleteAction, limits }: TMediaCardProps) {
  const thumbnail = item.variants[0] ?? { url: item.url, width: item.width, height: item.height };
  const label = item.altText || item.originalName;
  return (
    <li className="media-card" aria-label={label}>
      {/* eslint-disable-next-line @next/next/no-img-element -- our own stored variants; next/image would re-process them */}
      <img
        className="media-card__image"
        src={thumbnail.url}
        srcSet={item.variants.map((variant) => `${variant.url} ${variant.width}w`).join(", ") || undefined}
        sizes="(min-width: 60rem) 20rem, 100vw"
        width={thumbnail.width}
        height={thumbnail.height}
        alt={item.altText}
        loading="lazy"
      />
      <p className="media-card__meta">
        {item.isUsable ? (
          <span className="media-badge media-badge--ok">Alt text set</span>
        ) : (
          <span className="media-badge media-badge--warning">Needs alt text</span>
        )}{" "}
        <span className="meta">
          {item.originalName} · {item.width}×{item.height}
        </span>
      </p>
      <CopyMediaUrl id={item.id} url={item.largestVariantUrl} />
      <details className="media-card__details" open={!item.isUsable}>
        <summary>Edit details</summary>
        <EditMediaForm item={item} action={updateAction} limits={limits} />
      </details>
      {deleteAction ? <DeleteMediaForm mediaId={item.id} label={label} action={deleteAction} /> : null}
    </li>
  );
}

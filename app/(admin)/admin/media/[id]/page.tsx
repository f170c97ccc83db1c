import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditMediaForm } from "@/components/media-library/edit-media-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { getMedia } from "@/lib/media/get-media";
import { ALT_TEXT_MAX_LENGTH, CAPTION_MAX_LENGTH, CREDIT_MAX_LENGTH } from "@/lib/media/media-schemas";
import { updateMediaAction } from "../actions";

export const metadata: Metadata = { title: "Image details" };

type TMediaItemPageProps = { params: Promise<{ id: string }> };

const LIMITS = { altText: ALT_TEXT_MAX_LENGTH, caption: CAPTION_MAX_LENGTH, credit: CREDIT_MAX_LENGTH };

/** One image and its words: where the editor's image dialog sends people to add missing alt text. */
export default async function MediaItemPage({ params }: TMediaItemPageProps) {
  const { id } = await params;
  await requirePagePermission("article:write-own", `/admin/media/${encodeURIComponent(id)}`);
  const item = await getMedia(id);
  if (!item) notFound();
  const preview = item.variants.at(-1) ?? { url: item.url, width: item.width, height: item.height };
  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link href="/admin/media">← Media library</Link>
      </p>
      <h1 className="page-title">Image details</h1>
      {/* eslint-disable-next-line @next/next/no-img-element -- our own stored variants; next/image would re-process them */}
      <img className="media-card__image" src={preview.url} width={preview.width} height={preview.height} alt={item.altText} />
      <p className="meta">
        {item.originalName} · {item.width}×{item.height}
      </p>
      <p>
        {item.isUsable
          ? "This image can be used in articles."
          : "This image needs alt text before it can be used in an article: describe what it shows for people who cannot see it."}
      </p>
      <EditMediaForm item={item} action={updateMediaAction} limits={LIMITS} />
    </div>
  );
}

import type { TImage } from "@/lib/content/document-schema";

/**
 * An image with its caption and credit. A plain <img>: images may live on any host the
 * newsroom links to, and next/image would need each host configured in advance.
 */
export function ImageBlock({ block }: { block: TImage }) {
  const { src, alt, caption, credit } = block.attrs;
  return (
    <figure className="image">
      {/* eslint-disable-next-line @next/next/no-img-element -- see the comment above */}
      <img src={src} alt={alt} loading="lazy" decoding="async" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {caption && credit ? " " : null}
          {credit ? <small className="credit">{credit}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

import type { TBlockquote } from "@/lib/content/document-schema";
import { isExternalHref } from "./is-external-href";
import { ParagraphBlock } from "./paragraph-block";

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** A quotation with its source: the figure/figcaption pattern from the HTML spec's blockquote examples. */
export function QuoteBlock({ block }: { block: TBlockquote }) {
  const sourceUrl = block.attrs?.sourceUrl;
  const attribution = block.attrs?.attribution || (sourceUrl ? hostName(sourceUrl) : undefined);
  return (
    <figure className="quote">
      <blockquote cite={sourceUrl}>
        {block.content.map((paragraph, index) => (
          <ParagraphBlock key={index} paragraph={paragraph} />
        ))}
      </blockquote>
      {attribution ? (
        <figcaption>
          —{" "}
          <cite>
            {sourceUrl ? (
              <a href={sourceUrl} rel={isExternalHref(sourceUrl) ? "noopener" : undefined}>
                {attribution}
              </a>
            ) : (
              attribution
            )}
          </cite>
        </figcaption>
      ) : null}
    </figure>
  );
}

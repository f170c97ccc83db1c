import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/seo/share-card";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { formatDate } from "@/lib/dates/format-date";
import { serverEnv } from "@/lib/env";
import { logError } from "@/lib/log";
import { headlineFontSize, shareCardText } from "@/lib/seo/share-card-text";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-image-path";

const conjunction = new Intl.ListFormat("en-US", { style: "long", type: "conjunction" });

/**
 * A story's share image (og:image): the site's name, headline, dek, byline and date, drawn with
 * the font next/og ships, so nothing is downloaded. 404 for anything readers cannot see.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { SITE_NAME } = serverEnv();
  const headline = shareCardText(article.title, 160);
  const byline = shareCardText(conjunction.format(article.authors.map((author) => author.name)), 90);
  try {
    const image = new ImageResponse(
      (
        <ShareCard
          siteName={shareCardText(SITE_NAME, 60)}
          headline={headline}
          headlineSize={headlineFontSize(headline)}
          dek={shareCardText(article.dek, 140)}
          footer={[byline ? `By ${byline}` : "", formatDate(article.publishedAt)].filter(Boolean).join(" · ")}
        />
      ),
      {
        ...SHARE_IMAGE_SIZE,
        // Headlines change rarely; an hour of caching spares re-drawing on every share.
        headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
      },
    );
    // Drawn here rather than while streaming, so a failure is a clean 500, not a cut-off PNG.
    const png = await image.arrayBuffer();
    return new Response(png, { status: 200, headers: image.headers });
  } catch (error) {
    logError("share image: could not draw", error, { slug });
    return new Response("The share image could not be drawn.\n", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

import type { TArticleDocument, TBlock } from "@/lib/content/document-schema";
import { VideoEmbed } from "@/components/media/video-embed";
import { ImageBlock } from "./image-block";
import { InlineContent } from "./inline-content";
import { ListBlock } from "./list-block";
import { ParagraphBlock } from "./paragraph-block";
import { QuoteBlock } from "./quote-block";

// The article body, rendered node by node from the one document shape
// (lib/content/document-schema.ts). Every node becomes React elements, so text is escaped and
// there is no HTML string anywhere to inject into.

const HEADING_TAGS = { 2: "h2", 3: "h3", 4: "h4" } as const;

function Block({ block }: { block: TBlock }) {
  switch (block.type) {
    case "paragraph":
      return <ParagraphBlock paragraph={block} />;
    case "heading": {
      if (!block.content || block.content.length === 0) return null;
      const Heading = HEADING_TAGS[block.attrs.level];
      return (
        <Heading>
          <InlineContent content={block.content} />
        </Heading>
      );
    }
    case "bulletList":
    case "orderedList":
      return <ListBlock block={block} />;
    case "blockquote":
      return <QuoteBlock block={block} />;
    case "image":
      return <ImageBlock block={block} />;
    case "video":
      return <VideoEmbed url={block.attrs.url} title={block.attrs.title} caption={block.attrs.caption} />;
    case "horizontalRule":
      return <hr />;
  }
}

export function ArticleBody({ document }: { document: TArticleDocument }) {
  return (
    <div className="article-body">
      {document.content.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}

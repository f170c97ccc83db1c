import type { TBulletList, TListItem, TOrderedList } from "@/lib/content/document-schema";
import { InlineContent } from "./inline-content";
import { ParagraphBlock } from "./paragraph-block";

function ListItem({ item }: { item: TListItem }) {
  const [first, ...rest] = item.content;
  // A one-paragraph item renders without <p>, so short lists stay tight.
  if (first && rest.length === 0) {
    return (
      <li>
        <InlineContent content={first.content} />
      </li>
    );
  }
  return (
    <li>
      {item.content.map((paragraph, index) => (
        <ParagraphBlock key={index} paragraph={paragraph} />
      ))}
    </li>
  );
}

export function ListBlock({ block }: { block: TBulletList | TOrderedList }) {
  const items = block.content.map((item, index) => <ListItem key={index} item={item} />);
  if (block.type === "bulletList") return <ul>{items}</ul>;
  const start = block.attrs?.start;
  return <ol start={start !== undefined && start !== 1 ? start : undefined}>{items}</ol>;
}

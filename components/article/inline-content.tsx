import { Fragment, type ReactNode } from "react";
import type { TInline, TMark, TTextNode } from "@/lib/content/document-schema";
import { isExternalHref } from "./is-external-href";

type TLinkMark = Extract<TMark, { type: "link" }>;

/** Consecutive text nodes sharing one link: the editor splits "a **bold** word" into three. */
type TRun = { href: string | null; nodes: TInline[] };

function linkHref(node: TInline): string | null {
  if (node.type !== "text") return null;
  return node.marks?.find((mark): mark is TLinkMark => mark.type === "link")?.attrs.href ?? null;
}

function toRuns(content: TInline[]): TRun[] {
  const runs: TRun[] = [];
  for (const node of content) {
    const href = linkHref(node);
    const current = runs.at(-1);
    if (href !== null && current?.href === href) current.nodes.push(node);
    else runs.push({ href, nodes: [node] });
  }
  return runs;
}

function hasMark(node: TTextNode, type: "bold" | "italic"): boolean {
  return node.marks?.some((mark) => mark.type === type) ?? false;
}

function renderInline(node: TInline, key: number): ReactNode {
  if (node.type === "hardBreak") return <br key={key} />;
  let rendered: ReactNode = node.text;
  if (hasMark(node, "italic")) rendered = <em>{rendered}</em>;
  if (hasMark(node, "bold")) rendered = <strong>{rendered}</strong>;
  return <Fragment key={key}>{rendered}</Fragment>;
}

/** Text with bold, italic, links and line breaks. Hrefs were validated by the document schema. */
export function InlineContent({ content }: { content: TInline[] | undefined }) {
  if (!content) return null;
  return toRuns(content).map((run, index) => {
    const children = run.nodes.map(renderInline);
    if (run.href === null) return <Fragment key={index}>{children}</Fragment>;
    return (
      <a key={index} href={run.href} rel={isExternalHref(run.href) ? "noopener" : undefined}>
        {children}
      </a>
    );
  });
}

import { mergeAttributes, Node, type CommandProps, type Extensions } from "@tiptap/core";
import Blockquote from "@tiptap/extension-blockquote";
import Placeholder from "@tiptap/extension-placeholder";
import { NodeSelection } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { isSafeUrl } from "@/lib/content/safe-url";

// The editor's schema is the stored schema (lib/content/document-schema.ts): same node and mark
// names, same attributes, and nothing else. StarterKit parts the schema lacks are switched off,
// so neither the toolbar, a shortcut, a Markdown rule nor a paste can produce them.

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    articleImage: { insertArticleImage: (attrs: { src: string; alt: string; caption?: string; credit?: string }) => ReturnType };
    articleVideo: { insertArticleVideo: (attrs: { url: string; title: string; caption?: string }) => ReturnType };
  }
}

/**
 * A block just inserted (an image, a video) stays selected as a node: inserting the next one
 * there would replace it, so it goes after the selected node instead.
 */
function insertBlock(name: string, attrs: Record<string, unknown>) {
  return ({ commands, state }: CommandProps): boolean => {
    const node = { type: name, attrs };
    return state.selection instanceof NodeSelection ? commands.insertContentAt(state.selection.to, node) : commands.insertContent(node);
  };
}

function optionalText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** A quotation with who said it and where: shown under the quote through data attributes. */
export const ArticleBlockquote = Blockquote.extend({
  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (element) => optionalText(element.getAttribute("data-attribution")),
        renderHTML: (attrs) => (attrs.attribution ? { "data-attribution": attrs.attribution } : {}),
      },
      sourceUrl: {
        default: null,
        parseHTML: (element) => optionalText(element.getAttribute("data-source-url") ?? element.getAttribute("cite")),
        renderHTML: (attrs) => (attrs.sourceUrl ? { "data-source-url": attrs.sourceUrl } : {}),
      },
    };
  },
});

/**
 * An image with alt text, caption and credit. Pasted images are kept only when they have alt
 * text and a safe address (docs/decisions/0006-editor.md): an image nobody described, or a
 * data: blob from a word processor, is dropped on paste rather than blocking the save later.
 */
export const ArticleImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: "", parseHTML: (element) => element.getAttribute("src") ?? "" },
      alt: { default: "", parseHTML: (element) => (element.getAttribute("alt") ?? "").trim() },
      caption: { default: null, parseHTML: (element) => optionalText(element.getAttribute("data-caption")) },
      credit: { default: null, parseHTML: (element) => optionalText(element.getAttribute("data-credit")) },
    };
  },
  parseHTML() {
    return [
      {
        tag: "img[src]",
        getAttrs: (element) => {
          const src = element.getAttribute("src") ?? "";
          const alt = (element.getAttribute("alt") ?? "").trim();
          return isSafeUrl(src) && alt !== "" ? null : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs as { src: string; alt: string; caption: string | null; credit: string | null };
    const note = [caption, credit ? `Credit: ${credit}` : null].filter(Boolean).join(" · ");
    return [
      "figure",
      { class: "editor-figure" },
      ["img", { src, alt, "data-caption": caption ?? undefined, "data-credit": credit ?? undefined }],
      ...(note ? [["figcaption", {}, note]] : []),
    ];
  },
  addCommands() {
    return {
      insertArticleImage: (attrs) => insertBlock(this.name, attrs),
    };
  },
});

/** A video embed, shown in the editor as a labelled box; the reader page renders the player. */
export const ArticleVideo = Node.create({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      url: { default: "", parseHTML: (element) => element.getAttribute("data-video-url") ?? "" },
      title: { default: "", parseHTML: (element) => element.getAttribute("data-video-title") ?? "" },
      caption: { default: null, parseHTML: (element) => optionalText(element.getAttribute("data-caption")) },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-video-url]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { url, title, caption } = node.attrs as { url: string; title: string; caption: string | null };
    return [
      "div",
      mergeAttributes(HTMLAttributes, { class: "editor-video", "data-video-url": url, "data-video-title": title, "data-caption": caption ?? undefined }),
      `▶ Video: ${title} (${url})${caption ? ` · ${caption}` : ""}`,
    ];
  },
  addCommands() {
    return {
      insertArticleVideo: (attrs) => insertBlock(this.name, attrs),
    };
  },
});

export function articleEditorExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        // Links in pasted HTML and typed URLs go through the same check as the server's.
        isAllowedUri: (url) => isSafeUrl(url),
      },
    }),
    ArticleBlockquote,
    ArticleImage,
    ArticleVideo,
    Placeholder.configure({ placeholder: "Write the article…" }),
  ];
}

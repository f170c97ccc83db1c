"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import type { TArticleDocument } from "@/lib/content/document-schema";
import { isSafeUrl } from "@/lib/content/safe-url";
import { articleEditorExtensions } from "./editor-extensions";
import { FieldsDialog, type TDialogField } from "./fields-dialog";
import { ImageDialog, type TEditorMediaActions } from "./image-dialog";

/** The body editor's Tiptap instance; the form owns it so it can read and replace the content. */
export function useArticleEditor(initialBody: TArticleDocument, onChange: () => void): Editor | null {
  // The editor is created once, but the callback must be the committed render's: a discarded
  // render (React's StrictMode renders twice) would otherwise keep a stale saver alive.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  return useEditor({
    extensions: articleEditorExtensions(),
    content: initialBody,
    // Server rendering has no DOM: render the editor on the client only, without a mismatch.
    immediatelyRender: false,
    // The toolbar's pressed states follow the selection.
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { class: "editor-content", "aria-label": "Article body", "aria-multiline": "true", role: "textbox" } },
    onUpdate: () => onChangeRef.current(),
  });
}

type TDialogKind = "link" | "image" | "video";

/** The link and video dialogs are plain field lists; the image dialog has its own component. */
const DIALOGS: Record<Exclude<TDialogKind, "image">, { title: string; submitLabel: string; fields: TDialogField[] }> = {
  link: { title: "Link", submitLabel: "Apply link", fields: [{ name: "href", label: "Link address", required: true, hint: "https://…, mailto:… or a path like /articles/…" }] },
  video: {
    title: "Insert video",
    submitLabel: "Insert video",
    fields: [
      { name: "url", label: "Video address", required: true, type: "url" },
      { name: "title", label: "Video title", required: true },
      { name: "caption", label: "Caption" },
    ],
  },
};

function ToolbarButton({ label, pressed, onClick, disabled, children }: { label: string; pressed?: boolean; onClick: () => void; disabled?: boolean; children: string }) {
  return (
    <button
      type="button"
      className="editor-toolbar-button"
      aria-label={label}
      title={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function ArticleEditor({ editor, media = null }: { editor: Editor | null; media?: TEditorMediaActions | null }) {
  const [dialog, setDialog] = useState<TDialogKind | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  if (!editor) return <p className="editor-loading">Loading the editor…</p>;

  const chain = () => editor.chain().focus();
  const isInQuote = editor.isActive("blockquote");
  const quoteAttrs = editor.getAttributes("blockquote") as { attribution?: string | null; sourceUrl?: string | null };

  function submitDialog(kind: Exclude<TDialogKind, "image">, values: Record<string, string>) {
    if (!editor) return;
    if (kind === "link") {
      if (!isSafeUrl(values.href ?? "")) return setDialogError("Links must start with https://, http://, mailto: or /");
      chain().extendMarkRange("link").setLink({ href: values.href ?? "" }).run();
    }
    if (kind === "video") {
      chain()
        .insertArticleVideo({ url: values.url ?? "", title: values.title ?? "", ...(values.caption ? { caption: values.caption } : {}) })
        .run();
    }
    setDialogError(null);
    setDialog(null);
  }

  return (
    <div className="editor">
      <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
        <ToolbarButton label="Bold" pressed={editor.isActive("bold")} onClick={() => chain().toggleBold().run()}>B</ToolbarButton>
        <ToolbarButton label="Italic" pressed={editor.isActive("italic")} onClick={() => chain().toggleItalic().run()}>I</ToolbarButton>
        <ToolbarButton
          label="Link"
          pressed={editor.isActive("link")}
          onClick={() => (editor.isActive("link") ? chain().extendMarkRange("link").unsetLink().run() : setDialog("link"))}
        >
          Link
        </ToolbarButton>
        <ToolbarButton label="Heading 2" pressed={editor.isActive("heading", { level: 2 })} onClick={() => chain().toggleHeading({ level: 2 }).run()}>H2</ToolbarButton>
        <ToolbarButton label="Heading 3" pressed={editor.isActive("heading", { level: 3 })} onClick={() => chain().toggleHeading({ level: 3 }).run()}>H3</ToolbarButton>
        <ToolbarButton label="Bulleted list" pressed={editor.isActive("bulletList")} onClick={() => chain().toggleBulletList().run()}>• List</ToolbarButton>
        <ToolbarButton label="Numbered list" pressed={editor.isActive("orderedList")} onClick={() => chain().toggleOrderedList().run()}>1. List</ToolbarButton>
        <ToolbarButton label="Quote" pressed={isInQuote} onClick={() => chain().toggleBlockquote().run()}>“ Quote</ToolbarButton>
        <ToolbarButton label="Image" onClick={() => setDialog("image")}>Image</ToolbarButton>
        <ToolbarButton label="Video" onClick={() => setDialog("video")}>Video</ToolbarButton>
        <ToolbarButton label="Divider" onClick={() => chain().setHorizontalRule().run()}>—</ToolbarButton>
        <ToolbarButton label="Undo" disabled={!editor.can().undo()} onClick={() => chain().undo().run()}>Undo</ToolbarButton>
        <ToolbarButton label="Redo" disabled={!editor.can().redo()} onClick={() => chain().redo().run()}>Redo</ToolbarButton>
      </div>

      <EditorContent editor={editor} />

      {isInQuote ? (
        <div className="editor-quote-fields">
          <div className="field">
            <label htmlFor="editor-quote-attribution">Quote attribution</label>
            <input
              id="editor-quote-attribution"
              value={quoteAttrs.attribution ?? ""}
              maxLength={300}
              onChange={(event) => editor.chain().updateAttributes("blockquote", { attribution: event.target.value }).run()}
            />
          </div>
          <div className="field">
            <label htmlFor="editor-quote-source">Quote source address (optional)</label>
            <input
              id="editor-quote-source"
              type="url"
              value={quoteAttrs.sourceUrl ?? ""}
              onChange={(event) => editor.chain().updateAttributes("blockquote", { sourceUrl: event.target.value }).run()}
            />
          </div>
        </div>
      ) : null}

      {dialog === "image" ? (
        <ImageDialog
          media={media}
          onInsert={(attrs) => {
            chain().insertArticleImage(attrs).run();
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : dialog ? (
          <FieldsDialog
            key={dialog}
            title={DIALOGS[dialog].title}
            submitLabel={DIALOGS[dialog].submitLabel}
            fields={DIALOGS[dialog].fields}
            error={dialogError}
            onSubmit={(values) => submitDialog(dialog, values)}
            onClose={() => {
              setDialog(null);
              setDialogError(null);
            }}
          />
      ) : null}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { TSaveArticleActionResult } from "@/lib/articles/write/editor-action-results";
import type { TSaveArticleInput } from "@/lib/articles/write/article-write-schemas";
import type { TArticleForEditor, TStaffMember } from "@/lib/articles/write/get-article-for-editor";
import type { TServerArticleVersion } from "@/lib/articles/write/article-conflict-error";
import { documentToPlainText } from "@/lib/content/document-text";
import type { TArticleDocument } from "@/lib/content/document-schema";
import { ArticleEditor, useArticleEditor } from "./article-editor";
import type { TEditorMediaActions } from "./image-dialog";
import { toStoredDocument } from "./to-stored-document";
import { useArticleSaver, type TSaveStatus } from "./use-article-saver";

type TFields = Omit<TArticleForEditor, "id" | "version" | "status" | "body" | "tagNames" | "leadAuthorId"> & { tags: string };

const STATUS_TEXT: Record<TSaveStatus, string> = {
  saved: "Saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  conflict: "Conflict",
  error: "Not saved",
};

type TArticleEditFormProps = {
  article: TArticleForEditor;
  staff: TStaffMember[];
  saveAction: (input: TSaveArticleInput) => Promise<TSaveArticleActionResult>;
  /** The image dialog's media library: browse, search and upload. */
  mediaActions: TEditorMediaActions;
};

export function ArticleEditForm({ article, staff, saveAction, mediaActions }: TArticleEditFormProps) {
  const [editSessionId] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState<TFields>(() => ({
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    tags: article.tagNames.join(", "),
    coAuthorIds: article.coAuthorIds,
    featuredImageUrl: article.featuredImageUrl,
    featuredImageAlt: article.featuredImageAlt,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    commentPolicy: article.commentPolicy,
    isVipOnly: article.isVipOnly,
  }));
  const [fieldsRef] = useState(() => ({ current: fields }));
  const [editorRef] = useState<{ current: ReturnType<typeof useArticleEditor> }>(() => ({ current: null }));

  const send = useCallback(
    async (source: "editor" | "autosave", baseVersion: number) => {
      const current = fieldsRef.current;
      const result = await saveAction({
        articleId: article.id,
        baseVersion,
        title: current.title,
        slug: current.slug,
        dek: current.dek,
        body: toStoredDocument(editorRef.current?.getJSON()) as TArticleDocument,
        tagNames: current.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
        coAuthorIds: current.coAuthorIds,
        featuredImageUrl: current.featuredImageUrl,
        featuredImageAlt: current.featuredImageAlt,
        seoTitle: current.seoTitle,
        seoDescription: current.seoDescription,
        commentPolicy: current.commentPolicy,
        isVipOnly: current.isVipOnly,
        editSessionId,
        source,
      });
      return result.ok ? { ok: true as const, version: result.version } : result;
    },
    [article.id, editSessionId, saveAction, fieldsRef, editorRef],
  );

  const saver = useArticleSaver<TServerArticleVersion>({ initialVersion: article.version, send });
  const editor = useArticleEditor(article.body, saver.markChanged);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor, editorRef]);

  function update<TKey extends keyof TFields>(name: TKey, value: TFields[TKey]) {
    const next = { ...fieldsRef.current, [name]: value };
    fieldsRef.current = next;
    setFields(next);
    saver.markChanged();
  }

  function takeTheirs(theirs: TServerArticleVersion) {
    editor?.commands.setContent(theirs.body, { emitUpdate: false });
    const next = { ...fieldsRef.current, title: theirs.title, dek: theirs.dek };
    fieldsRef.current = next;
    setFields(next);
    saver.takeTheirs(theirs.version);
  }

  const fieldError = saver.error?.fieldErrors ?? {};
  const coAuthorChoices = staff.filter((person) => person.id !== article.leadAuthorId);

  return (
    <form
      className="admin-form editor-form"
      onSubmit={(event) => {
        event.preventDefault();
        void saver.save("editor");
      }}
    >
      <div className="editor-savebar">
        <p role="status" className={`editor-save-status editor-save-status--${saver.status}`}>
          {STATUS_TEXT[saver.status]}
        </p>
        <button type="submit" disabled={saver.status === "conflict"}>
          Save
        </button>
        <Link href={`/admin/articles/${encodeURIComponent(article.id)}/revisions`}>Revisions</Link>
      </div>
      {saver.error ? (
        <p role="alert" className="form-message form-message--error">
          {saver.error.message}
        </p>
      ) : null}

      {saver.conflict ? (
        <ConflictPanel
          theirs={saver.conflict}
          mine={{ title: fields.title, dek: fields.dek, body: toStoredDocument(editor?.getJSON()) as TArticleDocument }}
          onKeepMine={() => saver.keepMine(saver.conflict!.version)}
          onTakeTheirs={() => takeTheirs(saver.conflict!)}
        />
      ) : null}

      <Field id="article-title" label="Title" error={fieldError.title}>
        <input id="article-title" value={fields.title} maxLength={200} required onChange={(e) => update("title", e.target.value)} />
      </Field>
      <Field id="article-slug" label="Slug" error={fieldError.slug} hint="The article's address: /articles/your-slug. Renaming a published article keeps the old address working.">
        <input id="article-slug" value={fields.slug} maxLength={80} onChange={(e) => update("slug", e.target.value)} />
      </Field>
      <Field id="article-dek" label="Dek" error={fieldError.dek} hint="The line under the headline.">
        <textarea id="article-dek" rows={2} value={fields.dek} maxLength={500} onChange={(e) => update("dek", e.target.value)} />
      </Field>

      <div className="field">
        <span className="field-label" id="article-body-label">
          Body
        </span>
        <ArticleEditor editor={editor} media={mediaActions} />
      </div>

      <Field id="article-tags" label="Tags" error={fieldError.tagNames} hint="Separated by commas. New tags are created as you save.">
        <input id="article-tags" value={fields.tags} onChange={(e) => update("tags", e.target.value)} />
      </Field>
      <Field id="article-coauthors" label="Co-authors" error={fieldError.coAuthorIds} hint="Optional. Hold Ctrl (or ⌘) to choose several.">
        <select
          id="article-coauthors"
          multiple
          size={Math.min(6, Math.max(2, coAuthorChoices.length))}
          value={fields.coAuthorIds}
          onChange={(e) => update("coAuthorIds", Array.from(e.target.selectedOptions, (option) => option.value))}
        >
          {coAuthorChoices.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="article-featured-url" label="Featured image address" error={fieldError.featuredImageUrl}>
        <input id="article-featured-url" type="url" value={fields.featuredImageUrl} onChange={(e) => update("featuredImageUrl", e.target.value)} />
      </Field>
      <Field id="article-featured-alt" label="Featured image alt text" error={fieldError.featuredImageAlt}>
        <input id="article-featured-alt" value={fields.featuredImageAlt} maxLength={500} onChange={(e) => update("featuredImageAlt", e.target.value)} />
      </Field>
      <Field id="article-seo-title" label="SEO title" error={fieldError.seoTitle}>
        <input id="article-seo-title" value={fields.seoTitle} maxLength={120} onChange={(e) => update("seoTitle", e.target.value)} />
      </Field>
      <Field id="article-seo-description" label="SEO description" error={fieldError.seoDescription}>
        <textarea id="article-seo-description" rows={2} value={fields.seoDescription} maxLength={300} onChange={(e) => update("seoDescription", e.target.value)} />
      </Field>
      <Field id="article-comment-policy" label="Comments" error={fieldError.commentPolicy}>
        <select
          id="article-comment-policy"
          value={fields.commentPolicy}
          onChange={(e) => update("commentPolicy", e.target.value as TFields["commentPolicy"])}
        >
          <option value="OPEN">Open to all members</option>
          <option value="VIP">VIP members only</option>
          <option value="CLOSED">Closed</option>
        </select>
      </Field>
      <div className="field field--checkbox">
        <input id="article-vip-only" type="checkbox" checked={fields.isVipOnly} onChange={(e) => update("isVipOnly", e.target.checked)} />
        <label htmlFor="article-vip-only">VIP only (others see the opening and an invitation to join)</label>
      </div>
    </form>
  );
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

type TVersionText = { title: string; dek: string; body: TArticleDocument };

function ConflictPanel({ theirs, mine, onKeepMine, onTakeTheirs }: { theirs: TServerArticleVersion; mine: TVersionText; onKeepMine: () => void; onTakeTheirs: () => void }) {
  return (
    <section className="editor-conflict" aria-labelledby="editor-conflict-heading">
      <h2 id="editor-conflict-heading">Someone else saved this article</h2>
      <p>
        {theirs.savedByName ?? "Someone"} saved version {theirs.version} while you were editing. Autosave is paused. Choose which version
        to keep; nothing is lost until you do.
      </p>
      <div className="editor-compare">
        <VersionColumn heading="Theirs" version={theirs} />
        <VersionColumn heading="Yours" version={mine} />
      </div>
      <div className="editor-dialog-actions">
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button--secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  );
}

function VersionColumn({ heading, version }: { heading: string; version: TVersionText }) {
  const paragraphs = plainParagraphs(version.body);
  return (
    <div className="editor-compare-column">
      <h3>{heading}</h3>
      <p>
        <strong>{version.title}</strong>
      </p>
      {version.dek ? <p className="meta">{version.dek}</p> : null}
      {paragraphs.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </div>
  );
}

function plainParagraphs(body: TArticleDocument): string[] {
  // The body here may be unsaved and not yet valid: read it defensively.
  try {
    return documentToPlainText(body).split("\n\n");
  } catch {
    return [];
  }
}

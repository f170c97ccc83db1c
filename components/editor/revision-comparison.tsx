import { documentToPlainText } from "@/lib/content/document-text";
import type { TArticleDocument } from "@/lib/content/document-schema";

type TVersionText = { title: string; dek: string; body: TArticleDocument };

/** A revision beside the current version, as plain paragraphs in two columns. */
export function RevisionComparison({ revision, current }: { revision: TVersionText & { version: number }; current: TVersionText }) {
  return (
    <div className="editor-compare">
      <Column heading={`Version ${revision.version}`} version={revision} />
      <Column heading="Current version" version={current} />
    </div>
  );
}

function Column({ heading, version }: { heading: string; version: TVersionText }) {
  return (
    <div className="editor-compare-column">
      <h3>{heading}</h3>
      <p>
        <strong>{version.title}</strong>
      </p>
      {version.dek ? <p className="meta">{version.dek}</p> : null}
      {documentToPlainText(version.body)
        .split("\n\n")
        .map((text, index) => (
          <p key={index}>{text}</p>
        ))}
    </div>
  );
}

import { Fragment } from "react";

/**
 * A comment as the commenter typed it: blank lines separate paragraphs, single newlines are
 * line breaks. Only text nodes and <br>, so nothing a commenter writes is ever read as HTML.
 */
export function CommentBody({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/);
  return (
    <div className="comment__body">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

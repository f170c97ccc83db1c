import { Fragment } from "react";
import { splitLinks } from "@/lib/comments/find-links";

/**
 * A comment as the commenter typed it: blank lines separate paragraphs, single newlines are
 * line breaks, and http(s) addresses become links marked as user-generated (nofollow ugc) that
 * cannot reach back to this page (noopener). Only text nodes, <br> and <a> elements: nothing a
 * commenter writes is ever read as HTML. Usable on the server and in the browser.
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
              {splitLinks(line).map((piece, pieceIndex) =>
                piece.kind === "link" ? (
                  <a key={pieceIndex} href={piece.href} rel="nofollow ugc noopener" className="comment__link">
                    {piece.text}
                  </a>
                ) : (
                  <Fragment key={pieceIndex}>{piece.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

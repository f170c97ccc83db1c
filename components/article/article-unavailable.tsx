import Link from "next/link";

/** Stands in for a body that failed validation (logged by parseArticleBody). */
export function ArticleUnavailable() {
  return (
    <div className="notice">
      <p>
        <strong>This article could not be displayed.</strong> Please try again later, or read{" "}
        <Link href="/">our latest stories</Link>.
      </p>
    </div>
  );
}

import Link from "next/link";

export function TagLinks({ tags }: { tags: { slug: string; name: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-links" aria-label="Topics">
      <ul role="list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/tags/${encodeURIComponent(tag.slug)}`}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

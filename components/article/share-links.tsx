import { CopyLinkButton } from "./copy-link-button";

type TShareLinksProps = {
  /** The story's public address (SITE_URL plus its path). */
  url: string;
  title: string;
};

/**
 * Plain links to each network's own share page: no third-party script, nothing loaded until a
 * reader clicks. "Copy link" appears only where JavaScript can do it.
 */
export function ShareLinks({ url, title }: TShareLinksProps) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: "X", label: "Share on X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Facebook", label: "Share on Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", label: "Share on LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "Email", label: "Share by email", href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <nav className="share" aria-label="Share this story">
      <p className="share__title" aria-hidden="true">
        Share
      </p>
      <ul className="share__list" role="list">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" aria-label={link.label}>
              {link.name}
            </a>
          </li>
        ))}
        <CopyLinkButton url={url} />
      </ul>
    </nav>
  );
}

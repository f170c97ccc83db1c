import type { ReactNode } from "react";

/** The head of a reader list page: what kind of list (a word or a link), its name, and an optional introduction. */
export function ListPageHeader({ kicker, title, intro }: { kicker: ReactNode; title: string; intro?: string }) {
  return (
    <header className="profile">
      <p className="profile__kicker">{kicker}</p>
      <h1 className="page-title">{title}</h1>
      {intro ? <p className="profile__bio">{intro}</p> : null}
    </header>
  );
}

import { articleListRoute } from "@/components/articles/article-list-route";
import { getAuthorByHandle } from "@/lib/authors/get-author-by-handle";

// An author's stories: one list page (components/articles/article-list-route.tsx) with its words.
const route = articleListRoute(async ({ handle }: { handle: string }) => {
  const author = await getAuthorByHandle(handle);
  if (!author) return null;
  const { name, bio } = author;
  return {
    header: { kicker: "Author", title: name, intro: bio },
    meta: { description: bio || `Stories by ${name}.` },
    list: {
      filter: { author },
      heading: { first: `Stories by ${name}`, later: `Older stories by ${name}`, visible: true },
      empty: <p>{name} has no published stories yet.</p>,
    },
  };
});

export default route.Page;
export const generateMetadata = route.generateMetadata;

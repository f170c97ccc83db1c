import { articleListRoute } from "@/components/articles/article-list-route";
import { getTagBySlug } from "@/lib/tags/get-tag-by-slug";

// A topic's stories: one list page (components/articles/article-list-route.tsx) with its words.
const route = articleListRoute(async ({ slug }: { slug: string }) => {
  const tag = await getTagBySlug(slug);
  if (!tag) return null;
  const { name, description } = tag;
  return {
    header: { kicker: "Topic", title: name, intro: description },
    meta: { description: description || `Stories about ${name}.` },
    list: {
      filter: { tag },
      heading: { first: `Stories about ${name}`, later: `Older stories about ${name}`, visible: false },
      empty: <p>No stories have been published under {name} yet.</p>,
    },
  };
});

export default route.Page;
export const generateMetadata = route.generateMetadata;

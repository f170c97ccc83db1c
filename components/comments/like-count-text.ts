const number = new Intl.NumberFormat("en-US");

/** "No likes", "1 like", "1,204 likes". */
export function likeCountText(count: number): string {
  if (count === 0) return "no likes";
  return `${number.format(count)} ${count === 1 ? "like" : "likes"}`;
}

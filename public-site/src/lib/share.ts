/**
 * Share links as plain addresses: no third-party script runs on the site. Zalo's web share page
 * and Facebook's sharer read the page's Open Graph tags for the card.
 */
export function shareLinks(url: string): { facebook: string; zalo: string } {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    zalo: `https://sp.zalo.me/plugins/share?href=${u}`,
  };
}

/** Plain-text excerpt for descriptions: whitespace collapsed, cut at a word, with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,.;:–-]+$/, '')}…`;
}

// Text from the knowledge base or an article shown in Markdown (hover cards): every Markdown
// special character is backslash-escaped and angle brackets become entities, so data can never
// produce a link, an image, HTML or a `command:` URI. Links are built here only from http(s) URLs.

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;=?@[\\\]^_`{|}~]/g;

/**
 * GFM renderers that find literal links in text after escapes are undone (remark-gfm does) would
 * still link `www.x`, `https://x` and `a@b.c`: an invisible word joiner (U+2060) breaks each one.
 */
const AUTOLINK_LITERAL = /(www)(?=\.)|(:)(?=\/\/)|(?=@)/gi;

/** Escapes text for inline Markdown; line breaks collapse to spaces so data cannot open a block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(AUTOLINK_LITERAL, '$1$2\u2060')
    .replace(ASCII_PUNCTUATION, (c) => '\\' + c)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The URL as a safe Markdown link destination, or null unless it is a valid http(s) URL. */
export function safeWebUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return encodeDestination(parsed.href);
}

/** Parentheses and spaces would end a Markdown link destination early. */
export function encodeDestination(href: string): string {
  return href.replace(/[()\s<>"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A Markdown link with escaped text, or the escaped text alone when the URL is not http(s). */
export function webLink(text: string, url: string): string {
  const dest = safeWebUrl(url);
  return dest === null ? escapeMarkdown(text) : `[${escapeMarkdown(text)}](${dest})`;
}

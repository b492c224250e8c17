// A hash of a text, for result ids of pull diagnostics: an unchanged article is answered
// `unchanged` without being analysed again. SHA-1 from Node's crypto is used for speed (about
// twice as fast as a JavaScript hash on a 1 MB article), not for security.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 20);
}

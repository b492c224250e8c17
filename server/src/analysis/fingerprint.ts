// A short fingerprint of a sentence, stored in `<!-- verified: … #xxxxxxxx -->` marks so a mark
// lapses when the sentence it vouches for is edited. Whitespace differences do not count.

export function sentenceFingerprint(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint written in a verified mark's body (`J. Editor, 2024-03-01, #1a2b3c4d`), if any. */
export function fingerprintIn(body: string): string | null {
  const m = /#([0-9a-f]{8})\b/i.exec(body);
  return m ? m[1]!.toLowerCase() : null;
}

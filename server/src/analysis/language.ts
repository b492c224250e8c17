// Guesses whether an article is Swedish or English from its most frequent function words.
import type { Language } from './types.js';

const SV = new Set(['och', 'att', 'det', 'som', 'är', 'på', 'för', 'med', 'av', 'inte', 'har', 'till', 'den', 'ett', 'om', 'var', 'de', 'sig', 'från', 'men', 'också', 'säger', 'enligt']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'was', 'on', 'it', 'said', 'by', 'has', 'have', 'are', 'its', 'from', 'this', 'be', 'but']);

/** Looks at up to the first 20,000 characters of prose. Ties go to English. */
export function detectLanguage(prose: string): Language {
  let sv = 0;
  let en = 0;
  const sample = prose.length > 20000 ? prose.slice(0, 20000) : prose;
  const re = /[\p{L}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sample))) {
    const w = m[0].toLowerCase();
    if (SV.has(w)) sv++;
    else if (EN.has(w)) en++;
    if (/[åäö]/.test(w)) sv += 0.5;
  }
  return sv > en ? 'sv' : 'en';
}

// Our annotation comments inside Markdown HTML: `<!-- source: … -->`, `<!-- verified: … -->`,
// `<!-- news-annotator-disable-next-line RULE -- reason -->`, `<!-- news-annotator-disable RULE -- reason -->`.
import type { AnnotationComment } from './types.js';

const KEYWORDS: ReadonlyArray<[string, AnnotationComment['type']]> = [
  ['news-annotator-disable-next-line', 'disable-next-line'],
  ['news-annotator-disable', 'disable-file'],
  ['news-annotator-enable', 'enable'],
  ['source:', 'source'],
  ['källa:', 'source'],
  ['verified:', 'verified'],
  ['verifierad:', 'verified'],
];

/** Finds the annotation comments in source[from, to) (an HTML node), ignoring other comments. */
export function parseAnnotationComments(source: string, from: number, to: number): AnnotationComment[] {
  const out: AnnotationComment[] = [];
  let i = source.indexOf('<!--', from);
  while (i !== -1 && i < to) {
    const close = source.indexOf('-->', i + 4);
    const end = close === -1 || close + 3 > to ? to : close + 3;
    const inner = source.slice(i + 4, close === -1 || close + 3 > to ? to : close);
    const trimmed = inner.trim();
    const lower = trimmed.toLowerCase();
    for (const [kw, type] of KEYWORDS) {
      if (lower.startsWith(kw) && (kw.endsWith(':') || lower.length === kw.length || /\s/.test(lower[kw.length]!))) {
        out.push({ start: i, end, type, body: trimmed.slice(kw.length).trim() });
        break;
      }
    }
    i = source.indexOf('<!--', end);
  }
  return out;
}

/** Splits a disable comment body `rule-a, rule-b -- reason` into its rules and reason. */
export function parseDisableBody(body: string): { rules: string[]; reason: string } {
  const sep = body.indexOf('--');
  const rulesPart = sep === -1 ? body : body.slice(0, sep);
  const reason = sep === -1 ? '' : body.slice(sep + 2).trim();
  const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
  return { rules, reason };
}

/** True for a source comment left as a placeholder (`<!-- source: -->`, `<!-- source: TODO -->`). */
export function isPlaceholder(body: string): boolean {
  const b = body.trim().toLowerCase();
  return b === '' || /^(todo|tbd|fixme|\?+|\.\.\.|…|xxx|källa|source|n\/a)$/.test(b);
}

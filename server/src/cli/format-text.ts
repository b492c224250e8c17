// Compiler-style lines (`path:line:col: severity code message`, 1-based) that editors and CI
// problem matchers understand, followed by a report a newsroom editor can read: per article its
// language, who is mentioned, and which claims lack a source.
import { displayColumn, type FileReport, type ReportClaim } from './file-report.js';
import { tally, type Totals } from './totals.js';

/** Per-file reports beyond this many files would drown the findings; totals are printed instead. */
export const MAX_FILE_REPORTS = 20;

const SEVERITY_WORD = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;
const LANGUAGE_NAME = { sv: 'Swedish', en: 'English' } as const;
const REASON_WORD: Record<string, string> = {
  money: 'money',
  percentage: 'percentage',
  count: 'number',
  ranking: 'ranking',
  'first-or-exclusive': 'first/exclusive',
  forecast: 'forecast',
  'undisclosed-amount': 'undisclosed amount',
};

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/** One finding, one line: problem matchers read line by line. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Hints (unknown organisations) would flood a terminal; they are counted and listed in the report. */
function listed(severity: string): boolean {
  return severity !== 'hint';
}

export function diagnosticLines(reports: readonly FileReport[]): string[] {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      if (!listed(d.severity)) continue;
      out.push(`${r.path}:${d.range.start.line + 1}:${displayColumn(r, d.range.start)}: ${SEVERITY_WORD[d.severity]} ${d.code} ${oneLine(d.message)}`);
    }
  }
  return out;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  // Most mentioned first; ties in order of first appearance (Map keeps insertion order, sort is stable).
  return [...m].sort((a, b) => b[1] - a[1]);
}

function claimLine(r: FileReport, c: ReportClaim): string {
  const where = `${c.position.line + 1}:${displayColumn(r, c.position)}`;
  const reasons = c.reasons.map((r) => REASON_WORD[r] ?? r).join(', ');
  let status: string;
  if (c.sourced && c.source) status = `sourced (${c.sourceKind ?? 'source'}: ${excerpt(c.source.text, 40)})`;
  else if (c.verified) status = 'verified';
  else status = 'UNSOURCED';
  return `    ${where.padEnd(8)} ${status} [${reasons}] "${excerpt(c.text)}"`;
}

export function fileReportLines(r: FileReport): string[] {
  const out: string[] = [r.path];
  if (r.skipped) {
    out.push(`  not analysed (${r.skipped === 'binary' ? 'not article text' : 'too large'})`);
    return out;
  }
  const lang = r.language ? `${LANGUAGE_NAME[r.language]}${r.languageDeclared ? ' (from front matter)' : ' (detected)'}` : 'unknown';
  out.push(`  Language: ${lang}`);
  const known = r.mentions.filter((m) => m.entity !== null);
  const unknown = r.mentions.filter((m) => m.entity === null);
  const byEntity = countBy(known, (m) => m.entity!).map(([id, n]) => `${r.entityNames[id] ?? id} ${n}`);
  out.push(`  Mentions: ${known.length}${byEntity.length ? ' — ' + byEntity.join(', ') : ''}`);
  if (unknown.length) {
    const byName = countBy(unknown, (m) => m.text.replace(/\s+/g, ' ')).map(([t, n]) => (n > 1 ? `${t} ${n}` : t));
    out.push(`  Not in the knowledge base: ${unknown.length} — ${byName.join(', ')}`);
  }
  const unsourced = r.claims.filter((c) => !c.sourced && !c.verified).length;
  out.push(`  Claims: ${r.claims.length}, of which ${unsourced} unsourced`);
  for (const c of r.claims) out.push(claimLine(r, c));
  return out;
}

function totalsLine(t: Totals, articles: number, kbFiles: number, maxWarnings: number): string {
  const parts = [plural(t.error, 'error'), plural(t.warning, 'warning'), `${t.information} info`, plural(t.hint, 'hint')];
  const kb = kbFiles > 0 ? `, ${plural(kbFiles, 'knowledge base')} with problems` : '';
  let line = `${plural(articles, 'article')} checked${kb}: ${parts.join(', ')}.`;
  if (t.error === 0 && maxWarnings >= 0 && t.warning > maxWarnings) line += ` More warnings than allowed (--max-warnings ${maxWarnings}).`;
  return line;
}

export function formatText(reports: readonly FileReport[], maxWarnings: number): string {
  const usable = reports.filter((r) => !r.readError);
  const lines = diagnosticLines(usable);
  const articles = usable.filter((r) => r.kind === 'article');
  if (articles.length <= MAX_FILE_REPORTS) {
    for (const r of articles) lines.push('', ...fileReportLines(r));
  } else {
    lines.push('', `(Per-article reports are printed for up to ${MAX_FILE_REPORTS} articles; use --format json for all ${articles.length}.)`);
  }
  const t = tally(usable);
  lines.push('', totalsLine(t, articles.length, usable.length - articles.length, maxWarnings));
  if (t.hint > 0) lines.push('Hints (organisations the knowledge base does not know) are counted, not listed; --format json has them.');
  return lines.join('\n') + '\n';
}

// `npm run eval`: recognition quality on real news (issue 5). Prints the table of figures, writes
// docs/quality-figures.json and the figures section of docs/quality.md.
//
//   --dev-only     leave out the held-out gold (what the tuner looks at while tuning)
//   --errors[=N]   list up to N errors of each measure (console only: they quote the corpus)
//   --no-write     print only
//   --sets=a,b     score only these gold sets (e.g. leave out a round not yet looked at); print only
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../server/src/analysis/index.js';
import { scoreClaims, type ClaimFigures } from './claims-eval.js';
import { CORPUS, corpusPresent, GOLD_FILES, languageOf, loadGold, ROOT, type GoldSet } from './gold.js';
import { inflectionCheck, type InflectionFigures } from './inflection-check.js';
import { readConll, readSwedishNer } from './ner-corpus.js';
import { scoreBusiness, scoreNer, type OrgFigures } from './org-eval.js';
import type { Prf } from './span-scoring.js';

interface OrgRow {
  data: string;
  figures: OrgFigures;
}
interface ClaimRow {
  data: string;
  figures: ClaimFigures;
}
export interface Figures {
  date: string;
  commit: string;
  seconds: number;
  organisations: OrgRow[];
  claims: ClaimRow[];
  inflection: InflectionFigures[];
}

function commitId(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server/src/analysis', 'server/data', 'eval'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

export function measure(options: { heldout: boolean; sets?: readonly GoldSet[] }): Figures {
  const started = Date.now();
  const organisations: OrgRow[] = [];
  const claims: ClaimRow[] = [];
  const conll = readConll(join(CORPUS, 'ner', 'conll2003-en-test.txt'));
  const swedish = readSwedishNer(join(CORPUS, 'ner', 'swedish-ner-corpus-sv-test.txt'));
  organisations.push({ data: 'CoNLL-2003 test (en)', figures: scoreNer(conll, 'en', 'ours') });
  organisations.push({ data: 'CoNLL-2003 test (en)', figures: scoreNer(conll, 'en', 'compromise') });
  organisations.push({ data: 'swedish-ner-corpus test (sv)', figures: scoreNer(swedish, 'sv', 'ours') });
  // A round joins this list only after its one first look (`--sets=heldoutN`), so that no routine run
  // scores it before then.
  const sets = options.sets ?? (options.heldout ? (['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17'] as const) : (['dev'] as const));
  for (const set of sets) {
    if (!existsSync(GOLD_FILES[set])) {
      console.log(`Note: gold set ${set} has no file yet (${GOLD_FILES[set]}): skipped.`);
      continue;
    }
    const gold = loadGold(set);
    for (const lang of ['en', 'sv'] as Language[]) {
      if (!gold.orgs.some((a) => languageOf(a.article) === lang)) continue;
      organisations.push({ data: `business news ${set} (${lang})`, figures: scoreBusiness(gold.orgs, lang, 'ours') });
      if (lang === 'en') organisations.push({ data: `business news ${set} (${lang})`, figures: scoreBusiness(gold.orgs, lang, 'compromise') });
    }
    for (const lang of ['en', 'sv'] as Language[]) {
      if (gold.claims.some((a) => languageOf(a.article) === lang)) claims.push({ data: `claims ${set} (${lang})`, figures: scoreClaims(gold.claims, lang) });
    }
  }
  const inflection = (['en', 'sv'] as Language[]).map((l) => inflectionCheck(l));
  return { date: new Date().toISOString().slice(0, 10), commit: commitId(), seconds: (Date.now() - started) / 1000, organisations, claims, inflection };
}

const f2 = (x: number) => x.toFixed(2);
const prfCells = (p: Prf) => `${f2(p.precision)} | ${f2(p.recall)} | ${f2(p.f1)}`;

export function table(fig: Figures): string {
  const lines: string[] = [];
  lines.push(`Measured ${fig.date} at commit ${fig.commit} (default KB only; ${fig.seconds.toFixed(1)} s).`, '');
  lines.push('**Organisations** (ORG = mentions of kind company, regulator or organisation)', '');
  lines.push('| data | system | gold | predicted | exact P | exact R | exact F1 | lenient P | lenient R | lenient F1 | kind accuracy | regulator F1 | regulator↔company |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of fig.organisations) {
    const o = r.figures;
    const k = o.kinds;
    lines.push(`| ${r.data} | ${o.system === 'ours' ? 'News Annotator' : 'compromise'} | ${o.gold} | ${o.predicted} | ${prfCells(o.exact)} | ${prfCells(o.lenient)} | ${k ? f2(k.accuracy) : '–'} | ${k ? f2(k.regulator.f1) : '–'} | ${k ? k.confusions : '–'} |`);
  }
  lines.push('', '**Unsourced claims** (sentence level; gold labels U/S/N by reading)', '');
  lines.push('| data | articles | sentences | gold U | predicted U | P | R | F1 | any-claim F1 | language misdetected |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of fig.claims) {
    const c = r.figures;
    lines.push(`| ${r.data} | ${c.articles} | ${c.sentences} | ${c.unsourced.tp + c.unsourced.fn} | ${c.unsourced.tp + c.unsourced.fp} | ${prfCells(c.unsourced)} | ${f2(c.claims.f1)} | ${c.languageErrors.length} |`);
  }
  lines.push('', '**Inflection recall** (workspace KB listing invented organisations by base name; generated text)', '');
  lines.push('| language | mentions | found | recall | false alarms |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const i of fig.inflection) lines.push(`| ${i.language} | ${i.mentions} | ${i.found} | ${i.recall.toFixed(3)} | ${i.extra} |`);
  return lines.join('\n');
}

function printErrors(fig: Figures, limit: number): void {
  for (const r of fig.organisations) {
    if (r.figures.system !== 'ours' && !r.data.startsWith('business')) continue;
    console.log(`\n## ${r.data} — ${r.figures.system}`);
    for (const kind of ['missed', 'spurious', 'wrong-kind'] as const) {
      const errs = r.figures.errors.filter((e) => e.kind === kind);
      console.log(`### ${kind} (${errs.length})`);
      for (const e of errs.slice(0, limit)) console.log(`  ${e.doc} ${e.detail ?? ''}: ${e.text}`);
    }
  }
  for (const r of fig.claims) {
    console.log(`\n## ${r.data}`);
    for (const e of r.figures.errors.slice(0, limit)) console.log(`  ${e.gold}→${e.predicted} ${e.article}@${e.start}: ${e.text}`);
  }
  for (const i of fig.inflection) if (i.misses.length > 0) console.log(`\n## inflection ${i.language} misses\n  ${i.misses.join('\n  ')}`);
}

/** Replaces the figures section of docs/quality.md (between its markers). */
function writeDoc(fig: Figures): void {
  const file = join(ROOT, 'docs', 'quality.md');
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- figures:start -->';
  const end = '<!-- figures:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error('docs/quality.md lacks the figures markers');
  writeFileSync(file, doc.slice(0, a + start.length) + '\n' + table(fig) + '\n' + doc.slice(b));
}

function jsonFigures(fig: Figures): unknown {
  // Errors quote the corpus: they stay out of the repository.
  return {
    ...fig,
    organisations: fig.organisations.map((r) => ({ data: r.data, ...r.figures, errors: undefined, errorCount: r.figures.errors.length })),
    claims: fig.claims.map((r) => ({ data: r.data, ...r.figures, errors: undefined, errorCount: r.figures.errors.length })),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  if (!corpusPresent()) {
    console.error(`The evaluation needs the shared corpus at ${CORPUS} (en/, sv/, ner/), which is absent here: nothing was measured.`);
    process.exit(2);
  }
  const heldout = !args.includes('--dev-only');
  const setsArg = args.find((a) => a.startsWith('--sets='));
  const sets = setsArg?.slice('--sets='.length).split(',').filter(Boolean) as GoldSet[] | undefined;
  for (const s of sets ?? []) if (!(s in GOLD_FILES)) throw new Error(`unknown gold set ${s} (known: ${Object.keys(GOLD_FILES).join(', ')})`);
  const fig = measure({ heldout, sets });
  console.log(table(fig));
  const errArg = args.find((a) => a.startsWith('--errors'));
  if (errArg) printErrors(fig, Number(errArg.split('=')[1] ?? 40));
  if (!args.includes('--no-write') && heldout && !sets) {
    writeFileSync(join(ROOT, 'docs', 'quality-figures.json'), JSON.stringify(jsonFigures(fig), null, 1) + '\n');
    writeDoc(fig);
    console.log('\nWrote docs/quality-figures.json and the figures section of docs/quality.md.');
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main();

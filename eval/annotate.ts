// The annotator's tool for the development gold in test/quality/ (not part of `npm run eval`).
//
//   npx tsx eval/annotate.ts sentences <article>...    numbered sentences with offsets, to read and label
//   npx tsx eval/annotate.ts compile <work-dir> [--force] labels written while reading → test/quality/*.json
//   npx tsx eval/annotate.ts show <article>...          the article with its gold marked, to proof-read
//
// The work files (labels and the names read in each article) stay outside the repository: the gold
// stores only offsets into the corpus files, never their text (third-party research data).
// Work-file formats are described in test/quality/README.md.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, KnowledgeBase } from '../server/src/analysis/index.js';
import { parseBlocks } from '../server/src/analysis/markdown-prose.js';
import { articleText, GOLD_FILES, loadGold, type ClaimGoldArticle, type ClaimLabel, type GoldSet, type OrgGoldArticle } from './gold.js';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Sentences as the analysis splits them; the annotator corrects them with `+` (join) in labels. */
function systemSentences(text: string): Array<{ start: number; end: number; block: number }> {
  return analyze(text, KnowledgeBase.empty(), {}).sentences.map((s) => ({ start: s.start, end: s.end, block: s.block }));
}

function printSentences(ref: string): void {
  const text = articleText(ref);
  console.log(`## ${ref}`);
  let block = -1;
  systemSentences(text).forEach((s, i) => {
    console.log(`${s.block !== block ? '¶' : ' '}${String(i + 1).padStart(2)} [${s.start}-${s.end}] ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    block = s.block;
  });
}

/**
 * Claims work file: one line per article, `ref: L L L …`, one label per system sentence in order:
 * `U` unsourced claim, `S` sourced claim, `N` no checkable claim. A label prefixed with `+` joins
 * that sentence to the previous one (the splitter broke a sentence the annotator reads as one);
 * the joined sentence takes the label after the `+`. `split@OFFSET:L` after a label splits the
 * previous sentence at OFFSET, the second part labelled L.
 */
function compileClaims(work: string): ClaimGoldArticle[] {
  const out: ClaimGoldArticle[] = [];
  for (const raw of readFileSync(work, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [ref, rest] = line.split(/:\s*/, 2) as [string, string];
    const text = articleText(ref);
    const sys = systemSentences(text);
    const labels = rest.split(/\s+/).filter(Boolean);
    const sentences: Array<[number, number, ClaimLabel]> = [];
    let k = 0;
    for (const l of labels) {
      const split = /^split@(\d+):([USN])$/.exec(l);
      if (split) {
        const last = sentences[sentences.length - 1]!;
        const at = Number(split[1]);
        let cut = at;
        while (cut > last[0] && /\s/.test(text[cut - 1]!)) cut--;
        sentences.push([at, last[1], split[2] as ClaimLabel]);
        last[1] = cut;
        continue;
      }
      const join = l.startsWith('+');
      const label = (join ? l.slice(1) : l) as ClaimLabel;
      if (!/^[USN]$/.test(label)) throw new Error(`${ref}: bad label ${l}`);
      const s = sys[k++];
      if (!s) throw new Error(`${ref}: more labels than sentences (${sys.length})`);
      if (join) {
        const last = sentences[sentences.length - 1]!;
        last[1] = s.end;
        last[2] = label;
      } else sentences.push([s.start, s.end, label]);
    }
    if (k !== sys.length) throw new Error(`${ref}: ${k} labels for ${sys.length} sentences`);
    out.push({ article: ref, sha256: sha256(text), sentences });
  }
  return out;
}

/** The article with everything that is not prose (front matter, code, URLs) blanked, as the analysis sees it. */
function proseOnly(text: string): string {
  const chars = new Array<string>(text.length).fill(' ');
  for (const b of parseBlocks(text)) for (let i = 0; i < b.masked.length; i++) chars[b.start + i] = b.masked[i]!;
  return chars.join('');
}

/**
 * Organisations work file: `## ref` starts an article; then one line per name as read:
 * `kind | name | which`, kind `company`, `regulator` or `organisation` (or `skip`: a longer
 * name that is no organisation, such as the product `Microsoft Azure`, read only to keep shorter names out of it); `which` is `*` (every
 * occurrence) or 1-based occurrence numbers (`1,3`). An occurrence is the name standing as a word,
 * optionally followed by a genitive (`s`, `'s`, `’s`, `:s`) or a hyphenated tail; the gold span is
 * the name proper. Longer names are placed first, and occurrences inside them are not counted, so
 * `AOL Europe` keeps `AOL` from matching inside it.
 */
function compileOrgs(work: string): OrgGoldArticle[] {
  const out: OrgGoldArticle[] = [];
  let ref: string | null = null;
  let items: Array<{ kind: string; name: string; which: string }> = [];
  const flush = () => {
    if (!ref) return;
    const text = articleText(ref);
    const prose = proseOnly(text);
    const spans: Array<[number, number, string]> = [];
    const sorted = [...items].sort((a, b) => b.name.length - a.name.length);
    for (const it of sorted) {
      const occ: Array<[number, number]> = [];
      // A space in a name stands for any run of white space: names break across lines.
      const re = new RegExp(it.name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
      for (const m of prose.matchAll(re)) {
        const i = m.index;
        const len = m[0].length;
        const before = i > 0 ? text[i - 1]! : ' ';
        const after = text.slice(i + len);
        if (/[\p{L}\p{N}]/u.test(before)) continue;
        if (/^[\p{L}\p{N}]/u.test(after) && !/^s(?![\p{L}\p{N}])/u.test(after)) continue;
        // Occurrences inside a longer name already placed are not counted.
        if (spans.some(([s, e]) => s < i + len && i < e)) continue;
        occ.push([i, i + len]);
      }
      const wanted = it.which === '*' ? occ.map((_, j) => j + 1) : it.which.split(',').map(Number);
      if (it.which === '*' && occ.length === 0) throw new Error(`${ref}: "${it.name}" not found`);
      for (const n of wanted) {
        const found = occ[n - 1];
        if (found === undefined) throw new Error(`${ref}: "${it.name}" has no occurrence ${n}`);
        spans.push([found[0], found[1], it.kind]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    out.push({ article: ref, sha256: sha256(text), orgs: spans.filter((x) => x[2] !== 'skip') });
  };
  for (const raw of readFileSync(work, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') && !line.startsWith('## ')) continue;
    if (line.startsWith('## ')) {
      flush();
      ref = line.slice(3).trim();
      items = [];
      continue;
    }
    const [kind, name, which] = line.split('|').map((p) => p.trim()) as [string, string, string];
    if (!['company', 'regulator', 'organisation', 'skip'].includes(kind)) throw new Error(`${ref}: bad kind in "${line}"`);
    items.push({ kind, name, which: which || '*' });
  }
  flush();
  return out;
}

/** JSON with each innermost array (a sentence or a mention) on one line, so diffs stay readable. */
function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\[\s*(-?\d+),\s*(-?\d+),\s*("[a-zA-Z]+")\s*\]/g, '[$1, $2, $3]');
}

/**
 * Writes the gold of every set whose work files are in `dir`. A set without work files is left
 * alone, and an existing gold file is replaced only with `--force`: the frozen development gold
 * must not change by accident (for instance when the sentence splitter changes).
 */
function compile(dir: string, force: boolean): void {
  for (const [set, file] of Object.entries(GOLD_FILES) as Array<[GoldSet, string]>) {
    const claimsWork = join(dir, `claims.${set}.txt`);
    const orgsWork = join(dir, `orgs.${set}.txt`);
    if (!existsSync(claimsWork) && !existsSync(orgsWork)) continue;
    const gold = {
      description: `Development gold (${set}) for issue 5: offsets into ../shared/corpus and samples/, labelled by reading; guideline in docs/quality.md. No corpus text is stored here.`,
      claims: existsSync(claimsWork) ? compileClaims(claimsWork) : [],
      orgs: existsSync(orgsWork) ? compileOrgs(orgsWork) : [],
    };
    const json = compactJson(gold) + '\n';
    if (existsSync(file) && readFileSync(file, 'utf8') !== json && !force) {
      console.error(`${file} exists and would change: not written (use --force to replace gold on purpose).`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(file, json);
    console.log(`${file}: ${gold.claims.length} claim articles, ${gold.orgs.length} organisation articles`);
  }
}

function show(ref: string): void {
  const text = articleText(ref);
  for (const set of Object.keys(GOLD_FILES) as GoldSet[]) {
    const gold = loadGold(set);
    const orgs = gold.orgs.find((a) => a.article === ref);
    if (orgs) {
      let out = '';
      let at = 0;
      for (const [s, e, k] of orgs.orgs) {
        out += text.slice(at, s) + `[[${text.slice(s, e)}|${k[0]}]]`;
        at = e;
      }
      console.log(`## ${ref} (${set}) organisations\n${out + text.slice(at)}`);
    }
    const claims = gold.claims.find((a) => a.article === ref);
    if (claims) {
      console.log(`## ${ref} (${set}) claims`);
      for (const [s, e, l] of claims.sentences) console.log(`${l} ${text.slice(s, e).replace(/\s+/g, ' ')}`);
    }
  }
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'sentences') args.forEach(printSentences);
else if (cmd === 'compile') compile(args.find((a) => !a.startsWith('--')) ?? '/tmp/annotation', args.includes('--force'));
else if (cmd === 'show') args.forEach(show);
else {
  console.error('usage: npx tsx eval/annotate.ts sentences|compile|show …');
  process.exit(2);
}

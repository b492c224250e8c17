// Shared by the reliability suites: the repository root, the knowledge base the samples use, the
// invariants every analysis result must keep, and a place to record figures for docs/reliability.md.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseStore, type AnalysisResult, type KnowledgeBase, type Span } from '../../server/src/analysis/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

let sampleKb: KnowledgeBase | undefined;
/** The bundled default KB plus samples/entities.yaml, as an editor of the samples has it. */
export function samplesKb(): KnowledgeBase {
  if (sampleKb) return sampleKb;
  const store = new KnowledgeBaseStore([]);
  const def = join(ROOT, 'server', 'data', 'entities.default.yaml');
  if (existsSync(def)) store.update('file:///default/entities.default.yaml', readFileSync(def, 'utf8'));
  store.update('file:///samples/entities.yaml', readFileSync(join(ROOT, 'samples', 'entities.yaml'), 'utf8'));
  sampleKb = store.kb;
  return sampleKb;
}

/** Articles to run over: every samples/*.md, and every corpus article when ../shared/corpus exists. */
export function articlePaths(): { samples: string[]; corpus: string[] } {
  const samples = readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'samples', f));
  const corpus: string[] = [];
  for (const lang of ['en', 'sv']) {
    const dir = join(CORPUS, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md')) corpus.push(join(dir, f));
  }
  return { samples, corpus };
}

export function warnCorpusAbsent(suite: string): void {
  if (!existsSync(CORPUS)) {
    console.warn(`\n  !!! ${suite}: ../shared/corpus is absent (as on a user's machine): only samples/ are checked. !!!\n`);
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** An offset in [0, length] that does not fall between the two halves of a surrogate pair. */
export function checkOffset(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset), `${what}: offset ${offset} is not an integer`);
  assert.ok(offset >= 0 && offset <= text.length, `${what}: offset ${offset} out of [0, ${text.length}]`);
  if (offset > 0 && offset < text.length) {
    assert.ok(!(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))), `${what}: offset ${offset} splits a surrogate pair`);
  }
}

function checkSpan(text: string, s: Span, what: string): void {
  checkOffset(text, s.start, `${what}.start`);
  checkOffset(text, s.end, `${what}.end`);
  assert.ok(s.start <= s.end, `${what}: start ${s.start} > end ${s.end}`);
}

function checkOrdered(spans: ReadonlyArray<Span>, what: string, nonOverlapping: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    assert.ok(a.start <= b.start, `${what} ${i} starts at ${b.start}, before ${what} ${i - 1} at ${a.start}`);
    if (nonOverlapping) assert.ok(a.end <= b.start, `${what} ${i - 1} [${a.start},${a.end}) overlaps ${what} ${i} [${b.start},${b.end})`);
  }
}

/**
 * Every promise of the result's shape: offsets in bounds and on code-point boundaries, texts equal
 * to the spans they name, mentions/sentences/claims/blocks ordered and non-overlapping, sentences
 * inside their block, triggers inside their claim, diagnostics ordered, and no internal failure.
 */
export function checkResult(text: string, r: AnalysisResult): void {
  r.mentions.forEach((m, i) => {
    checkSpan(text, m, `mention ${i}`);
    checkOffset(text, m.nameEnd, `mention ${i}.nameEnd`);
    assert.ok(m.start < m.end, `mention ${i} is empty`);
    assert.ok(m.start <= m.nameEnd && m.nameEnd <= m.end, `mention ${i}: nameEnd ${m.nameEnd} outside [${m.start}, ${m.end}]`);
    assert.equal(m.text, text.slice(m.start, m.end), `mention ${i}.text`);
  });
  checkOrdered(r.mentions, 'mention', true);
  r.blocks.forEach((b, i) => checkSpan(text, b, `block ${i}`));
  checkOrdered(r.blocks, 'block', true);
  r.sentences.forEach((s, i) => {
    checkSpan(text, s, `sentence ${i}`);
    assert.ok(s.start < s.end, `sentence ${i} is empty`);
    const b = r.blocks[s.block];
    assert.ok(b, `sentence ${i} names block ${s.block} of ${r.blocks.length}`);
    assert.ok(b.start <= s.start && s.end <= b.end, `sentence ${i} [${s.start},${s.end}) outside its block [${b.start},${b.end})`);
  });
  checkOrdered(r.sentences, 'sentence', true);
  r.claims.forEach((c, i) => {
    checkSpan(text, c, `claim ${i}`);
    assert.equal(c.text, text.slice(c.start, c.end), `claim ${i}.text`);
    assert.ok(c.reasons.length > 0, `claim ${i} has no reason`);
    c.triggers.forEach((t, j) => {
      checkSpan(text, t, `claim ${i} trigger ${j}`);
      assert.ok(c.start <= t.start && t.end <= c.end, `claim ${i} trigger ${j} outside the claim`);
    });
    checkOrdered(c.triggers, `claim ${i} trigger`, false);
    if (c.source) checkSpan(text, c.source, `claim ${i}.source`);
    assert.equal(c.sourced, c.source !== null, `claim ${i}: sourced disagrees with source`);
  });
  checkOrdered(r.claims, 'claim', true);
  r.comments.forEach((c, i) => checkSpan(text, c, `comment ${i}`));
  checkOrdered(r.comments, 'comment', true);
  r.footnotes.forEach((f, i) => checkSpan(text, f, `footnote ${i}`));
  r.diagnostics.forEach((d, i) => {
    checkSpan(text, d, `diagnostic ${i} (${d.code})`);
    assert.notEqual(d.code, 'analysis-failed', `internal failure: ${d.message}`);
    assert.ok(d.message.length > 0, `diagnostic ${i} has no message`);
  });
  checkOrdered(r.diagnostics, 'diagnostic', false);
}

/** Figures the suites measure, printed at the end of the run for docs/reliability.md. */
const figures: Array<[string, string]> = [];
export function recordFigure(name: string, value: string | number): void {
  figures.push([name, String(value)]);
}
// Guarded so the helpers also load outside mocha (probe scripts).
if (typeof after === 'function') after(function () {
  if (figures.length === 0) return;
  console.log('\n  Reliability figures:');
  for (const [k, v] of figures) console.log(`    ${k}: ${v}`);
});

// Incremental re-analysis must give exactly what a full analysis of the new text gives.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyze, IncrementalAnalysis, KnowledgeBaseStore } from '../../../server/src/analysis/index.js';
import { seededRandom } from '../../support/seeded-random.js';


const INSERTS = ['a', ' ', 'x', '.', ',', '5', '12%', '\n', '\n\n', 'Microsoft', ' Open AI', '$2bn', ' said', 'förväntas', '# ', '- ', '> ', '[^1]', '*', '`', '|', '\u00e4'];

function articles(): string[] {
  const texts = ['samples/microsoft-mistral.sv.md', 'samples/microsoft-mistral.en.md'].filter(existsSync).map((f) => readFileSync(f, 'utf8'));
  for (const dir of ['../shared/corpus/en', '../shared/corpus/sv']) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).slice(0, 6);
    texts.push(files.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n\n'));
  }
  return texts;
}

describe('incremental re-analysis', function () {
  this.timeout(120000);
  const store = new KnowledgeBaseStore([]);
  before(() => {
    if (existsSync('samples/entities.yaml')) store.update('file:///samples/entities.yaml', readFileSync('samples/entities.yaml', 'utf8'));
  });

  it('equals a full analysis after each of 600 random edits, and mostly re-parses only a few blocks', () => {
    const random = seededRandom(20261127);
    let incremental = 0;
    let total = 0;
    for (const original of articles()) {
      let text = original;
      let state = IncrementalAnalysis.full(text, store.kb);
      for (let i = 0; i < 600 / articles().length; i++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.35 && text.length > 10) {
          const len = 1 + Math.floor(random() * 6);
          text = text.slice(0, at) + text.slice(Math.min(text.length, at + len));
        } else {
          text = text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
        }
        state = state.update(text);
        total++;
        if (state.lastUpdate === 'incremental') incremental++;
        const full = analyze(text, store.kb);
        assert.deepEqual(state.result, full, `edit ${i} at ${at} (${state.lastUpdate})`);
      }
    }
    assert.ok(incremental / total > 0.5, `only ${incremental} of ${total} edits were incremental`);
  });

  it('falls back to a full parse when an edit opens a code fence', () => {
    const text = '# T\n\nOne Microsoft.\n\nTwo.\n\nThree.\n\nFour Microsoft.\n\nFive.\n';
    const state = IncrementalAnalysis.full(text, store.kb);
    const fenced = text.replace('Two.', '```\nTwo.');
    const next = state.update(fenced);
    assert.equal(next.lastUpdate, 'full');
    assert.deepEqual(next.result, analyze(fenced, store.kb));
  });
});

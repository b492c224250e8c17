import assert from 'node:assert/strict';
import { completeEntityNames, completeKbFile } from '../../../server/src/features/completion.js';
import { sampleKb } from './fixtures.js';

describe('server: completion', () => {
  const kb = sampleKb();

  it('completes known names from the word typed, replacing it', () => {
    const list = completeEntityNames({ kb, language: 'en', linePrefix: 'Shares of Mic', position: { line: 3, character: 13 }, mentioned: new Set() });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('Microsoft') && labels.includes('Microsoft Azure'), labels.join());
    assert.ok(labels.every((l) => l.toLowerCase().startsWith('mic')), labels.join());
    const ms = list.items.find((i) => i.label === 'Microsoft')!;
    assert.deepEqual(ms.textEdit, { range: { start: { line: 3, character: 10 }, end: { line: 3, character: 13 } }, newText: 'Microsoft' });
  });

  it("puts the language's preferred spelling first", () => {
    const order = (language: 'sv' | 'en') =>
      completeEntityNames({ kb, language, linePrefix: 'Op', position: { line: 0, character: 2 }, mentioned: new Set() })
        .items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))
        .map((i) => i.label);
    assert.equal(order('sv')[0], 'Open AI');
    assert.equal(order('en')[0], 'OpenAI');
  });

  it('completes kind values in KB files', () => {
    const list = completeKbFile('  kind: reg', { line: 4, character: 11 });
    assert.ok(list, "list");
    assert.deepEqual(list.items.map((i) => i.label), ['company', 'regulator', 'organisation', 'person', 'product', 'place']);
    assert.deepEqual(list.items[1]!.textEdit, { range: { start: { line: 4, character: 8 }, end: { line: 4, character: 11 } }, newText: 'regulator' });
    assert.equal(completeKbFile('  name: Acme', { line: 4, character: 12 }), null);
  });
});

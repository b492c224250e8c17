import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticsPusher } from '../../../server/src/features/push-diagnostics.js';

describe('server: pushed diagnostics', () => {
  it('never publishes an older version over a newer one, nor the same report twice', () => {
    const sent: Array<[string, number | undefined]> = [];
    const p = new DiagnosticsPusher((uri, version) => sent.push([uri, version]), { current: () => undefined });
    assert.equal(p.publish('a', 3, 'r3', []), true);
    assert.equal(p.publish('a', 2, 'r2', []), false);
    assert.equal(p.publish('a', 3, 'r3', []), false);
    assert.equal(p.publish('a', 4, 'r3', []), true, 'a new version gets its own report even when unchanged');
    p.documentClosed('a');
    assert.equal(p.publish('a', null, 'disk', []), true);
    assert.deepEqual(sent, [
      ['a', 3],
      ['a', 4],
      ['a', undefined],
    ]);
  });

  it('coalesces a burst of edits and always publishes the last version', async () => {
    let version = 0;
    const sent: number[] = [];
    const diagnostics: Diagnostic[] = [];
    const p = new DiagnosticsPusher((_uri, v) => sent.push(v!), { current: () => ({ version, resultId: `r${version}`, diagnostics }) });
    for (let i = 0; i < 1000; i++) {
      version++;
      p.documentChanged('a');
      if (i % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(sent[sent.length - 1], 1000);
    assert.ok(sent.length < 100, `coalesced: ${sent.length} publications for 1000 edits`);
    assert.deepEqual([...sent].sort((a, b) => a - b), sent, 'versions only go up');
  });
});

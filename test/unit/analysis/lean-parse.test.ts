// The parse leaves out GFM constructs that cannot match in a text (markdown-prose.ts, `processorFor`):
// the tree must be the one the full remark-parse + remark-gfm + remark-frontmatter processor gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { processorFor } from '../../../server/src/analysis/markdown-prose.js';
import { seededRandom } from '../../support/seeded-random.js';

/** Text with every character the optional constructs need: processorFor gives the full processor. */
const EVERY_TRIGGER = '@ www http | :- -:';
const full = processorFor(EVERY_TRIGGER);
const tree = (p: ReturnType<typeof processorFor>, text: string) => JSON.stringify(p.parse(text));

const ATOMS = [
  'a', 'word', 'Microsoft', ' ', ' ', '  ', '\n', '\n', '\n\n', '- ', '* ', '+ ', '1. ', '2) ', '> ', '# ', '## ', '---', '===', '```', '~~~',
  '~', '~~', '    ', '\t', '*', '**', '_', '__', '`', '[', ']', '(', ')', '[^1]', '[^1]: note', '[x]: /u', '[ ] ', '[x] ', '<', '>', '<div>',
  '</div>', '<!-- c -->', '&amp;', '&#64;', '\\', '!', ':', '-', ':-', '-:', '|', '@', 'www.x.se', 'http://a.b', 'HTTPS://X.Y', 'a@b.se',
  'w', 'h', 'ttp', '.', ',', '"', "'", '0', '12', 'å', '😀', '\r\n', '\r', 'a | b\n--|--\n', '| x |\n| :- |\n', 'x\n:-\n', '<http://x.y>',
];

describe('lean parse (GFM constructs left out where they cannot match)', () => {
  it('still finds the constructs it leaves out by name in remark-gfm (if one were renamed, nothing would be left out)', () => {
    const names = new Set<string>();
    for (const ext of full.data('micromarkExtensions') ?? []) {
      for (const record of [ext.document, ext.contentInitial, ext.flowInitial, ext.flow, ext.string, ext.text]) {
        for (const value of Object.values(record ?? {})) for (const c of Array.isArray(value) ? value : [value]) if (c?.name) names.add(c.name);
      }
    }
    for (const n of ['emailAutolink', 'wwwAutolink', 'protocolAutolink', 'table']) assert.ok(names.has(n), `remark-gfm has no construct named ${n}`);
  });

  it('parses differently without a construct where its characters are (the criteria are needed)', () => {
    const plain = processorFor('plain prose');
    assert.notEqual(plain, full);
    for (const text of ['mail a@b.se now', 'see www.example.com', 'see http://example.com', 'a | b\n--|--\n1 | 2', 'a\n:-\n', 'a\n-:\n']) {
      assert.notEqual(tree(plain, text), tree(full, text), text);
      assert.equal(tree(processorFor(text), text), tree(full, text), text);
    }
  });

  it('gives the full tree on generated documents', () => {
    const random = seededRandom(20261127);
    for (let i = 0; i < 4000; i++) {
      let text = '';
      const n = 1 + Math.floor(random() * 40);
      for (let k = 0; k < n; k++) text += ATOMS[Math.floor(random() * ATOMS.length)];
      assert.equal(tree(processorFor(text), text), tree(full, text), JSON.stringify(text));
    }
  });

  it('gives the full tree on the samples and corpus articles', () => {
    const files = ['samples/microsoft-mistral.sv.md', 'samples/microsoft-mistral.en.md'];
    for (const group of ['en', 'sv']) {
      const dir = join('..', 'shared', 'corpus', group);
      if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.md')) files.push(join(dir, f));
    }
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.equal(tree(processorFor(text), text), tree(full, text), f);
    }
  });
});

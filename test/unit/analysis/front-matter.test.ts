// Front matter is read by the knowledge-base YAML reader where it can (markdown-prose.ts,
// `readFrontMatter`): the language and sources must be what js-yaml gives for the same text.
import assert from 'node:assert/strict';
import jsYaml from 'js-yaml';
import { frontMatterOf, readFrontMatter } from '../../../server/src/analysis/markdown-prose.js';
import { seededRandom } from '../../support/seeded-random.js';

/** What readFrontMatter gave when it always used js-yaml: the same reading of js-yaml's data. */
function reference(yamlText: string): { lang?: string; sources: string[] } {
  let data: unknown;
  try {
    data = jsYaml.load(yamlText);
  } catch {
    return { sources: [] };
  }
  return frontMatterOf(data);
}

const LINES = [
  'lang: sv', 'lang: en', 'language: en', 'lang: "sv"', "lang: 'en'", 'lang: sv # comment', 'lang: fr', 'lang:', 'lang: [sv]', 'lang: {a: b}',
  'id: bench-1', 'id: 12', 'date: 2024-03-01', 'title: Microsoft: a deal', 'title: "Quoted: yes"', 'draft: true', 'x: null', 'x: ~',
  'sources: Interview with the CFO', 'sources:', '  - Interview', '  - "Quoted, source"', '- Interview', '  - 12', 'sources: [a, b]', 'sources: []',
  '  nested: value', '    deeper: x', 'title: >', '  folded text', 'title: |', '  literal', '# comment', '', '  ', 'x: &a anchor', 'y: *a',
  '\ttab: x', 'lang: sv\r', 'key with space: x', '"quoted key": x', '? complex', ': bad', '---', '...', 'lang: sv', 'tags: [news, "a, b"]',
  'lang: en\u2028', 'list:', '- a', '- b', 'a: b: c', 'url: https://example.com/x#y', 'x: @at', 'x: `tick`', 'x: %p', 'x: !tag y',
];

describe('front matter', () => {
  it('gives what js-yaml gives on generated front matter', () => {
    const random = seededRandom(6);
    for (let i = 0; i < 6000; i++) {
      const n = Math.floor(random() * 7);
      const lines: string[] = [];
      for (let k = 0; k < n; k++) lines.push(LINES[Math.floor(random() * LINES.length)]!);
      const text = lines.join(random() < 0.1 ? '\r\n' : '\n');
      assert.deepEqual({ ...readFrontMatter(text) }, reference(text), JSON.stringify(text));
    }
  });

  it('reads the usual front matter', () => {
    assert.deepEqual(readFrontMatter('id: a-1\nlang: sv\nsources:\n  - Interview with the CFO\n  - TT'), { lang: 'sv', sources: ['Interview with the CFO', 'TT'] });
    assert.deepEqual(readFrontMatter('lang: xx'), { sources: [] });
    assert.deepEqual(readFrontMatter(''), { sources: [] });
  });
});

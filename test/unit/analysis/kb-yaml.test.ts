// The fast KB reader must give exactly what js-yaml gives, or step aside (null) for js-yaml.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { readKbYaml } from '../../../server/src/analysis/kb-yaml.js';
import { seededRandom } from '../../support/seeded-random.js';


const FILES = ['server/data/entities.default.yaml', 'samples/entities.yaml'];
// YAML that the fast reader must either read as js-yaml does or leave to js-yaml.
const INSERTS = ['\n', ' ', '-', '- ', ':', ': ', ' #c', '"', "'", "''", '[', ']', '{', '}', ',', '\t', '\r\n', '\r', '|', '>', '&a', '*a', '!t', '~', 'null', 'true', '12', '1.5', '0x1F', '2024-01-01', '<<', '---', '\\n', '\u2028', '\n  - item\n', '\n    nested: x\n', '\n- id: n\n  name: N\n  kind: company\n', '  aliases:\n  - A\n', '  preferred:\n    sv: X\n', '__proto__: x\n'];

describe('fast KB YAML reader', () => {
  it('reads the shipped knowledge bases itself, as js-yaml does', () => {
    for (const f of FILES) {
      const text = readFileSync(f, 'utf8');
      const fast = readKbYaml(text);
      assert.notEqual(fast, null, `${f} fell back to js-yaml`);
      assert.deepEqual(fast, jsYaml.load(text));
    }
  });

  it('equals js-yaml on 1,200 edited copies whenever it reads them, and never reads what js-yaml rejects', () => {
    const random = seededRandom(6);
    const bases = FILES.map((f) => readFileSync(f, 'utf8'));
    let read = 0;
    for (let k = 0; k < 1200; k++) {
      let text = bases[k % bases.length]!;
      for (let e = 0; e < 1 + Math.floor(random() * 3); e++) {
        const at = Math.floor(random() * (text.length + 1));
        text = random() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8)) : text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
      }
      const fast = readKbYaml(text);
      if (fast === null) continue;
      read++;
      let expected: unknown;
      assert.doesNotThrow(() => (expected = jsYaml.load(text)), `read a file js-yaml rejects: ${JSON.stringify(text.slice(0, 200))}`);
      assert.deepEqual(fast, expected, `edit ${k}`);
    }
    assert.ok(read > 200, `the fast reader took only ${read} of 1200 edited files`);
  });
});

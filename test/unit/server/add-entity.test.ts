import assert from 'node:assert/strict';
import { parseKnowledgeBaseFile } from '../../../server/src/analysis/index.js';
import { addEntityEdit, slugify, yamlScalar } from '../../../server/src/features/quick-fixes/add-entity.js';
import { applyEdits, editsFor } from './fixtures.js';

const CAPS = { documentChanges: true, snippets: true, createFiles: true };
const URI = 'file:///ws/entities.yaml';

function add(text: string, name: string, kind = 'company', taken: string[] = []): string | null {
  const edit = addEntityEdit({ uri: URI, text, version: 3 }, name, kind, (id) => taken.includes(id), CAPS);
  return edit === null ? null : applyEdits(text, editsFor(edit, URI));
}

function entities(text: string) {
  const r = parseKnowledgeBaseFile({ uri: URI, text });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), [], text);
  return r.entities.map((e) => [e.id, e.name, e.kind]);
}

describe('server: adding an entity to a KB file', () => {
  it('keeps a file without blank lines between entries that way', () => {
    const text = '- id: acme\n  name: Acme\n  kind: company\n';
    assert.equal(add(text, 'Nordvik Data AB'), text + '- id: nordvik-data-ab\n  name: Nordvik Data AB\n  kind: company\n');
  });

  it('follows indentation, CRLF line ends and a missing final line break', () => {
    const text = '# KB\r\n  -   id: acme\r\n      name: Acme\r\n      kind: company';
    const out = add(text, 'Finansinspektionen', 'regulator')!;
    assert.equal(out, text + '\r\n  -   id: finansinspektionen\r\n      name: Finansinspektionen\r\n      kind: regulator\r\n');
    assert.deepEqual(entities(out), [
      ['acme', 'Acme', 'company'],
      ['finansinspektionen', 'Finansinspektionen', 'regulator'],
    ]);
  });

  it('writes into an empty or comment-only file', () => {
    assert.equal(add('', 'Acme'), '- id: acme\n  name: Acme\n  kind: company\n');
    const out = add('# Our entities\n', 'Acme')!;
    assert.deepEqual(entities(out), [['acme', 'Acme', 'company']]);
  });

  it('chooses an unused id and quotes names YAML would misread', () => {
    const text = '- id: acme\n  name: Acme\n  kind: company\n';
    const out = add(text, 'Acme', 'company', ['acme-2'])!;
    assert.ok(out.includes('- id: acme-3\n'), out);
    for (const name of ['Yes', 'Null', '3M: the company', "L'Oréal #1", 'H&M', 'Å & Ö AB', '2024']) {
      const o = add('', name)!;
      assert.deepEqual(entities(o), [[slugify(name), name, 'company']], o);
    }
    assert.equal(yamlScalar('Mistral AI'), 'Mistral AI');
    assert.equal(yamlScalar('true'), '"true"');
    assert.equal(slugify('Société Générale'), 'societe-generale');
  });

  it('refuses a file it cannot append to without changing its meaning', () => {
    assert.equal(add('[{id: acme, name: Acme, kind: company}]\n', 'Other'), null);
    assert.equal(add('acme:\n  name: Acme\n', 'Other'), null);
  });
});

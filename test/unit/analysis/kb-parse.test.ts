import assert from 'node:assert/strict';
import { KnowledgeBaseStore, parseKnowledgeBaseFile } from '../../../server/src/analysis/index.js';

const GOOD = `# Entities of the newsroom
- id: microsoft
  name: Microsoft
  kind: company
  aliases: [Microsoft Corp]
  wikidata: Q2283

- id: openai
  name: OpenAI
  kind: company
  aliases:
    - Open AI
  preferred: {sv: Open AI, en: OpenAI}
`;

describe('knowledge-base parsing', () => {
  it('reads entries with the line of each entry', () => {
    const r = parseKnowledgeBaseFile({ uri: 'file:///kb/entities.yaml', text: GOOD });
    assert.equal(r.ok, true);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.entities.map((e) => [e.id, e.location?.line]), [['microsoft', 1], ['openai', 7]]);
    assert.deepEqual(r.entities[1]!.aliases, ['Open AI']);
    assert.deepEqual(r.entities[1]!.preferred, { sv: 'Open AI', en: 'OpenAI' });
  });

  it('reports a YAML syntax error at its line and column', () => {
    const broken = GOOD.replace('  kind: company\n  aliases: [Microsoft Corp]', '  kind: company\n  aliases: [Microsoft Corp');
    const r = parseKnowledgeBaseFile({ uri: 'u', text: broken });
    assert.equal(r.ok, false);
    assert.equal(r.diagnostics.length, 1);
    assert.match(r.diagnostics[0]!.message, /YAML syntax error/);
    // The unclosed flow sequence is noticed on the lines after line 4 (0-based), never before it.
    assert.ok(r.diagnostics[0]!.line >= 4, `line ${r.diagnostics[0]!.line}`);
  });

  it('points a wrong kind at its own line', () => {
    const r = parseKnowledgeBaseFile({ uri: 'u', text: GOOD.replace('kind: company\n  aliases:\n', 'kind: compnay\n  aliases:\n') });
    const d = r.diagnostics.find((x) => /Unknown kind/.test(x.message));
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.line, 9);
    assert.equal(d.character, 2);
    assert.deepEqual(r.entities.map((e) => e.id), ['microsoft']);
  });

  it('reports duplicate ids and an alias claimed twice', () => {
    const text = `- id: a\n  name: Alpha\n  kind: company\n- id: a\n  name: Beta\n  kind: company\n- id: c\n  name: Gamma\n  kind: company\n  aliases: [Alpha]\n`;
    const r = parseKnowledgeBaseFile({ uri: 'u', text });
    const dup = r.diagnostics.find((d) => /Duplicate id/.test(d.message));
    assert.equal(dup?.line, 3);
    const alias = r.diagnostics.find((d) => /already claimed/.test(d.message));
    assert.equal(alias?.line, 9);
  });

  it('rejects patterns that are not the restricted syntax', () => {
    const r = parseKnowledgeBaseFile({ uri: 'u', text: `- id: r\n  name: Regulators\n  kind: regulator\n  patterns: ["(a+)+b"]\n` });
    assert.ok(r.diagnostics.some((d) => /not valid/.test(d.message) && d.line === 3));
  });

  it('reads flow-style files too, with positions', () => {
    const r = parseKnowledgeBaseFile({ uri: 'u', text: `[{id: a, name: Alpha, kind: company},\n {id: b, name: Beta, kind: regulator}]\n` });
    assert.deepEqual(r.entities.map((e) => [e.id, e.location?.line]), [['a', 0], ['b', 1]]);
  });

  it('says so when a file is not a list or is empty', () => {
    assert.match(parseKnowledgeBaseFile({ uri: 'u', text: 'id: x\n' }).diagnostics[0]!.message, /must be a YAML list/);
    assert.match(parseKnowledgeBaseFile({ uri: 'u', text: '' }).diagnostics[0]!.message, /empty/);
  });

  it('keeps the last good version of a file while it is broken', () => {
    const store = new KnowledgeBaseStore([]);
    store.update('file:///kb/entities.yaml', GOOD);
    assert.ok(store.kb.get('openai'));
    const diags = store.update('file:///kb/entities.yaml', GOOD + '- id: [broken\n');
    assert.ok(diags.length > 0);
    assert.ok(store.kb.get('openai'), 'entities survive a broken edit');
    store.update('file:///kb/entities.yaml', GOOD.replace('OpenAI', 'OpenAI Global'));
    assert.equal(store.kb.get('openai')?.name, 'OpenAI Global');
  });

  it('lets a workspace entry override a default one with the same id', () => {
    const store = new KnowledgeBaseStore([{ id: 'microsoft', name: 'Microsoft', kind: 'company', aliases: [], patterns: [], description: 'default' }]);
    store.update('file:///ws/entities.yaml', GOOD);
    assert.equal(store.kb.get('microsoft')?.description, undefined);
    assert.equal(store.kb.get('microsoft')?.wikidata, 'Q2283');
  });
});

import assert from 'node:assert/strict';
import type { LocationLink } from 'vscode-languageserver';
import { definition } from '../../../server/src/features/definition.js';
import { countMentions, entityAtKbLine, references, referenceTarget } from '../../../server/src/features/references.js';
import { workspaceSymbols } from '../../../server/src/features/workspace-symbols.js';
import { recordFromAnalysis } from '../../../server/src/workspace/article-record.js';
import { analysisOf, EN_ARTICLE, lineOf, positionOf, read, SAMPLE_KB, sampleKb, SV_ARTICLE, uriOf } from './fixtures.js';

describe('server: definition, references, workspace symbols', () => {
  const sv = read(SV_ARTICLE);
  const en = read(EN_ARTICLE);

  it('goes from a mention to its KB entry', () => {
    const a = analysisOf(SV_ARTICLE);
    const links = definition(a, positionOf(sv, 'Microsofts historiska', 0, 4), true) as LocationLink[];
    assert.equal(links.length, 1);
    assert.equal(links[0]!.targetUri, uriOf(SAMPLE_KB));
    assert.equal(links[0]!.targetRange.start.line, lineOf(SAMPLE_KB, '- id: microsoft'));
    assert.deepEqual(links[0]!.originSelectionRange!.start, positionOf(sv, 'Microsofts historiska'));
    const plain = definition(a, positionOf(sv, 'Brad Smith'), false);
    assert.ok(plain && !Array.isArray(plain), "plain && !Array.isArray(plain)");
    assert.equal(plain.range.start.line, lineOf(SAMPLE_KB, '- id: brad-smith'));
    assert.equal(definition(a, { line: 0, character: 0 }, true), null);
  });

  it('finds every mention of an entity across articles, plus its KB entry', () => {
    const a = analysisOf(SV_ARTICLE);
    const b = analysisOf(EN_ARTICLE);
    const records = [recordFromAnalysis(a, null), recordFromAnalysis(b, null)];
    const target = referenceTarget(a, positionOf(sv, 'Mistral, det franska'));
    assert.equal(target?.key, 'mistral-ai');
    const refs = references(target!.key, target!.entity, records, true);
    assert.equal(refs[0]!.uri, uriOf(SAMPLE_KB));
    assert.equal(refs[0]!.range.start.line, lineOf(SAMPLE_KB, '- id: mistral-ai'));
    const inSv = refs.filter((r) => r.uri === uriOf(SV_ARTICLE)).length;
    const inEn = refs.filter((r) => r.uri === uriOf(EN_ARTICLE)).length;
    const svBody = sv.slice(sv.indexOf('---', 3) + 3);
    assert.equal(inSv, svBody.split('Mistral').length - 1, 'every Mistral in the Swedish body');
    assert.ok(inEn >= 8, `the English article mentions Mistral often (${inEn})`);
    assert.equal(references(target!.key, target!.entity, records, false).length, refs.length - 1);
    assert.deepEqual(countMentions('mistral-ai', records), { mentions: inSv + inEn, articles: 2 });
  });

  it('finds references from an entry in the KB file', () => {
    const kb = sampleKb();
    assert.equal(entityAtKbLine(kb, uriOf(SAMPLE_KB), lineOf(SAMPLE_KB, '- id: openai') + 3)?.id, 'openai');
    assert.equal(entityAtKbLine(kb, uriOf(SAMPLE_KB), 0), undefined, 'the header comment is no entry');
  });

  it('lists entities by name or alias as workspace symbols at their KB lines', () => {
    const kb = sampleKb();
    const hits = workspaceSymbols(kb, 'mistral');
    assert.equal(hits[0]!.name, 'Mistral AI');
    assert.equal(hits[0]!.location.range.start.line, lineOf(SAMPLE_KB, '- id: mistral-ai'));
    assert.equal(hits[0]!.containerName, 'company');
    assert.ok(workspaceSymbols(kb, 'deepmind').some((s) => s.name === 'Google DeepMind'), 'by alias');
    assert.equal(workspaceSymbols(kb, '').length, kb.entities.length);
    assert.equal(workspaceSymbols(kb, 'zzzz').length, 0);
    void en;
  });
});

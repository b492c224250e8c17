import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { parseKnowledgeBaseFile } from '../../../server/src/analysis/index.js';
import { ruleDocumentationUrl } from '../../../server/src/features/diagnostics.js';
import { kbDiagnosticsToLsp } from '../../../server/src/features/kb-diagnostics.js';
import { analysisOf, EN_ARTICLE, lineOf, read, SAMPLE_KB, SV_ARTICLE, uriOf } from './fixtures.js';

describe('server: diagnostics as LSP', () => {
  it('gives every finding on the seed article its source, rule code and documentation link', () => {
    const a = analysisOf(SV_ARTICLE);
    assert.ok(a.diagnostics.length > 0, "a.diagnostics.length > 0");
    for (const d of a.diagnostics) {
      assert.equal(d.source, 'news-annotator');
      assert.equal(typeof d.code, 'string');
      assert.equal(d.codeDescription?.href, `https://github.com/news-annotator/news-annotator/blob/main/docs/rules/${d.code}.md`);
    }
    const codes = new Set(a.diagnostics.map((d) => d.code));
    assert.ok(codes.has('unsourced-claim') && codes.has('vague-attribution'), [...codes].join());
  });

  it('links every rule code to a page that exists in docs/rules', () => {
    const a = analysisOf(EN_ARTICLE);
    for (const d of a.diagnostics) {
      const file = ruleDocumentationUrl(String(d.code)).replace('https://github.com/news-annotator/news-annotator/blob/main/', '');
      assert.ok(read(file).length > 0, file);
    }
  });

  it('maps ranges to the line and column of the flagged text', () => {
    const a = analysisOf(SV_ARTICLE);
    const text = a.text;
    const vague = a.diagnostics.find((d) => d.code === 'vague-attribution');
    assert.ok(vague, "vague");
    const lines = text.split('\n');
    assert.equal(lines[vague.range.start.line]!.slice(vague.range.start.character, vague.range.end.character), 'ofta kallas');
    assert.equal(vague.severity, DiagnosticSeverity.Warning);
  });

  it('points an inconsistent name at the KB entry holding the preferred spelling', () => {
    const a = analysisOf(EN_ARTICLE);
    const d = a.diagnostics.find((x) => x.code === 'inconsistent-name');
    assert.ok(d, 'the English sample writes "Open AI" once');
    assert.deepEqual(d.data, { preferred: 'OpenAI', entity: 'openai' });
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0]!.location.uri, uriOf(SAMPLE_KB));
    assert.equal(d.relatedInformation![0]!.location.range.start.line, lineOf(SAMPLE_KB, '- id: openai'));
  });

  it('reports KB problems in the KB file with line and column, code kb-error', () => {
    const text = '- id: acme\n  name: Acme\n  kind: company\n- id: acme\n  name: Acme 2\n  kind: company\n- id: other\n  name: Other\n  kind: compny\n';
    const parsed = parseKnowledgeBaseFile({ uri: 'file:///ws/entities.yaml', text });
    const lsp = kbDiagnosticsToLsp(parsed.diagnostics);
    assert.ok(lsp.length >= 2, JSON.stringify(parsed.diagnostics));
    for (const d of lsp) {
      assert.equal(d.code, 'kb-error');
      assert.equal(d.source, 'news-annotator');
    }
    const kind = lsp.find((d) => String(d.message).includes('compny'));
    assert.deepEqual(kind?.range.start, { line: 8, character: 2 });
    const dup = lsp.find((d) => String(d.message).includes('Duplicate id'));
    assert.equal(dup?.range.start.line, 3);
  });
});

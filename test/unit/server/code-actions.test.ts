// Each quick fix applied to a sample article gives the article an editor expects, and the analysis
// of the result agrees (an empty placeholder stays flagged; a filled-in source clears the claim).
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver';
import { parseKnowledgeBaseFile, KnowledgeBaseStore } from '../../../server/src/analysis/index.js';
import { codeActions, type CodeActionInput } from '../../../server/src/features/code-actions.js';
import type { EditCapabilities } from '../../../server/src/features/quick-fixes/edits.js';
import { nextFootnoteLabel } from '../../../server/src/features/quick-fixes/add-source-footnote.js';
import { sentenceFingerprint } from '../../../server/src/analysis/fingerprint.js';
import { analysisOf, applyEdits, EN_ARTICLE, editsFor, isSubsequence, positionOf, read, SAMPLE_KB, sampleKb, SV_ARTICLE, uriOf } from './fixtures.js';

const EDITOR: EditCapabilities = { documentChanges: true, snippets: true, createFiles: true };
const PLAIN: EditCapabilities = { documentChanges: false, snippets: false, createFiles: false };
const TODAY = new Date(2024, 2, 1);

function actionsAt(file: string, text: string, needle: string, extra: Partial<CodeActionInput> = {}, n = 0): CodeAction[] {
  const a = analysisOf(file, text);
  const at = positionOf(text, needle, n);
  return codeActions(a, { range: { start: at, end: at }, caps: EDITOR, kbTarget: null, idTaken: (id) => a.kb.get(id) !== undefined, today: TODAY, ...extra });
}

function apply(action: CodeAction | undefined, uri: string, text: string): string {
  assert.ok(action?.edit, 'an action with an edit');
  return applyEdits(text, editsFor(action.edit, uri));
}

const codesAround = (file: string, text: string, needle: string) => {
  const a = analysisOf(file, text);
  const at = text.indexOf(needle);
  const s = a.result.sentences.find((x) => x.start <= at && at < x.end)!;
  return a.result.diagnostics.filter((d) => d.start < s.end && d.end > s.start).map((d) => d.code);
};

describe('server: quick fixes', () => {
  const sv = read(SV_ARTICLE);
  const en = read(EN_ARTICLE);
  const svUri = uriOf(SV_ARTICLE);
  const enUri = uriOf(EN_ARTICLE);
  const CLAIM = 'med miljarder dollar investerade';

  it('offers exactly the fixes for an unsourced claim', () => {
    assert.deepEqual(actionsAt(SV_ARTICLE, sv, CLAIM).map((x) => x.title), ['Add source footnote', 'Add source comment', 'Mark as verified']);
    for (const x of actionsAt(SV_ARTICLE, sv, CLAIM)) {
      assert.equal(x.kind, 'quickfix');
      assert.equal(x.diagnostics?.[0]?.code, 'unsourced-claim');
    }
    assert.deepEqual(actionsAt(SV_ARTICLE, sv, CLAIM, { only: ['refactor'] }), []);
    assert.deepEqual(actionsAt(SV_ARTICLE, sv, 'Ljus Framtid'), [], 'nothing on a heading without findings');
  });

  it('"Add source footnote" numbers the footnote, puts the definition at the end and leaves it flagged until filled', () => {
    const fixed = apply(actionsAt(SV_ARTICLE, sv, CLAIM)[0], svUri, sv);
    assert.ok(sv.endsWith('sektorn.\n'), "sv.endsWith('sektorn.\\n')");
    const expected = sv.replace('Microsoft Azures molnplattform.', 'Microsoft Azures molnplattform.[^1]') + '\n[^1]: \n';
    assert.equal(fixed, expected);
    assert.deepEqual(codesAround(SV_ARTICLE, fixed, CLAIM), [], 'the claim itself is no longer unsourced');
    const a = analysisOf(SV_ARTICLE, fixed);
    assert.ok(a.result.diagnostics.some((d) => d.code === 'empty-source' && fixed.slice(d.start, d.end).startsWith('[^1]')), 'the empty definition is flagged');
    const filled = fixed.replace('[^1]: \n', '[^1]: Microsofts pressmeddelande om Open AI, januari 2023.\n');
    const after = analysisOf(SV_ARTICLE, filled).result;
    assert.ok(!after.diagnostics.some((d) => d.code === 'empty-source'), "!after.diagnostics.some((d) => d.code === 'empty-source')");
    const claim = after.claims.find((c) => filled.slice(c.start, c.end).includes(CLAIM))!;
    assert.equal(claim.sourced, true);
    assert.equal(claim.source?.kind, 'footnote');
  });

  it('numbers after existing footnotes and appends to their block', () => {
    assert.equal(nextFootnoteLabel(en), '2');
    const fixed = apply(actionsAt(EN_ARTICLE, en, 'That makes')[0], enUri, en);
    assert.equal(fixed, en.replace('the San Francisco lab.', 'the San Francisco lab.[^2]') + '[^2]: \n');
  });

  it('"Add source comment" inserts an empty source comment that is flagged until filled', () => {
    const fixed = apply(actionsAt(SV_ARTICLE, sv, CLAIM)[1], svUri, sv);
    assert.equal(fixed, sv.replace('Microsoft Azures molnplattform.', 'Microsoft Azures molnplattform. <!-- source:  -->'));
    assert.deepEqual(codesAround(SV_ARTICLE, fixed, CLAIM), [], 'no longer unsourced');
    const empty = analysisOf(SV_ARTICLE, fixed).result.diagnostics.filter((d) => d.code === 'empty-source');
    assert.deepEqual(empty.map((d) => fixed.slice(d.start, d.end)), ['<!-- source:  -->'], 'but the empty comment is flagged');
    const filled = fixed.replace('<!-- source:  -->', '<!-- source: Microsofts årsredovisning 2023 -->');
    assert.deepEqual(codesAround(SV_ARTICLE, filled, CLAIM), []);
    assert.ok(!analysisOf(SV_ARTICLE, filled).result.diagnostics.some((d) => d.code === 'empty-source'), "!analysisOf(SV_ARTICLE, filled).result.diagnostics.some((d) => d.code === 'empty-source')");
  });

  it('"Mark as verified" writes a dated mark tied to the sentence', () => {
    const fixed = apply(actionsAt(SV_ARTICLE, sv, CLAIM)[2], svUri, sv);
    const a = analysisOf(SV_ARTICLE, sv);
    const s = a.result.claims.find((c) => c.text.includes(CLAIM))!;
    const fp = sentenceFingerprint(s.text);
    assert.equal(fixed, sv.replace('Microsoft Azures molnplattform.', `Microsoft Azures molnplattform. <!-- verified: your name, 2024-03-01, #${fp} -->`));
    assert.deepEqual(codesAround(SV_ARTICLE, fixed, CLAIM), []);
    const claim = analysisOf(SV_ARTICLE, fixed).result.claims.find((c) => c.text.includes(CLAIM))!;
    assert.equal(claim.verified, true);
    // Editing the sentence afterwards makes the mark lapse.
    const edited = fixed.replace('miljarder dollar', 'tiotals miljarder dollar');
    assert.ok(analysisOf(SV_ARTICLE, edited).result.diagnostics.some((d) => d.code === 'stale-verification'), "analysisOf(SV_ARTICLE, edited).result.diagnostics.some((d) => d.code === 'stale-verification')");
  });

  it('"Mark as verified" is also offered on vague attribution', () => {
    const actions = actionsAt(SV_ARTICLE, sv, 'ofta kallas');
    assert.deepEqual(actions.map((x) => x.title), ['Mark as verified']);
    const fixed = apply(actions[0], svUri, sv);
    assert.ok(!analysisOf(SV_ARTICLE, fixed).result.diagnostics.some((d) => d.code === 'vague-attribution' && fixed.slice(d.start, d.end) === 'ofta kallas'), "!analysisOf(SV_ARTICLE, fixed).result.diagnostics.some((d) => d.code === 'vague-attribution' && fixed.slice(d.start, d.end) === 'ofta kallas')");
  });

  it('"Use preferred spelling" replaces only the name', () => {
    const actions = actionsAt(EN_ARTICLE, en, 'Open AI since');
    const fix = actions.find((x) => x.title.startsWith('Use preferred spelling'));
    assert.equal(fix?.title, 'Use preferred spelling "OpenAI"');
    assert.equal(fix?.isPreferred, true);
    const fixed = apply(fix, enUri, en);
    assert.equal(fixed, en.replace('into Open AI since 2019', 'into OpenAI since 2019'));
    assert.ok(!analysisOf(EN_ARTICLE, fixed).result.diagnostics.some((d) => d.code === 'inconsistent-name'), "!analysisOf(EN_ARTICLE, fixed).result.diagnostics.some((d) => d.code === 'inconsistent-name')");
  });

  it('"Add to entities.yaml" appends an entry in the file\'s style and the organisation becomes known', () => {
    const kbText = read(SAMPLE_KB);
    const kbUri = uriOf(SAMPLE_KB);
    const actions = actionsAt(EN_ARTICLE, en, 'Nordvik Data AB', { kbTarget: { uri: kbUri, text: kbText, version: null } });
    assert.deepEqual(actions.map((x) => x.title), ['Add "Nordvik Data AB" to entities.yaml as company', 'Add "Nordvik Data AB" to entities.yaml as regulator']);
    const newKb = apply(actions[0], kbUri, kbText);
    assert.equal(newKb, kbText + '\n- id: nordvik-data-ab\n  name: Nordvik Data AB\n  kind: company\n');
    const parsed = parseKnowledgeBaseFile({ uri: kbUri, text: newKb });
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), []);
    const store = new KnowledgeBaseStore([]);
    store.update(kbUri, newKb);
    const after = analysisOf(EN_ARTICLE, en, store.kb);
    assert.ok(!after.result.diagnostics.some((d) => d.code === 'unknown-organisation'), "!after.result.diagnostics.some((d) => d.code === 'unknown-organisation')");
    assert.ok(after.result.mentions.some((m) => m.entity === 'nordvik-data-ab'), "after.result.mentions.some((m) => m.entity === 'nordvik-data-ab')");
  });

  it('creates entities.yaml when the workspace has none', () => {
    const target = { uri: 'file:///ws/entities.yaml', text: null, version: null };
    const actions = actionsAt(EN_ARTICLE, en, 'Nordvik Data AB', { kbTarget: target });
    const changes = actions[1]!.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: 'file:///ws/entities.yaml', options: { ignoreIfExists: true } });
    assert.equal(apply(actions[1], target.uri, ''), '- id: nordvik-data-ab\n  name: Nordvik Data AB\n  kind: regulator\n');
    // A client that cannot create files is not offered the fix.
    assert.deepEqual(actionsAt(EN_ARTICLE, en, 'Nordvik Data AB', { kbTarget: target, caps: PLAIN }), []);
  });

  it('only inserts text (or replaces just a name), with and without snippet support', () => {
    for (const [file, text, uri] of [
      [SV_ARTICLE, sv, svUri],
      [EN_ARTICLE, en, enUri],
    ] as const) {
      const a = analysisOf(file, text);
      for (const caps of [EDITOR, PLAIN]) {
        for (const d of a.result.diagnostics) {
          const range = { start: a.lines.positionAt(d.start), end: a.lines.positionAt(d.end) };
          for (const action of codeActions(a, { range, caps, kbTarget: null, idTaken: () => false, today: TODAY })) {
            const out = applyEdits(text, editsFor(action.edit!, uri));
            if (action.title.startsWith('Use preferred')) assert.equal(out.length - text.length, 'OpenAI'.length - 'Open AI'.length);
            else assert.ok(isSubsequence(text, out), `${action.title} only inserts`);
            if (caps === EDITOR) assert.ok(analysisOf(file, out).result.diagnostics.every((x) => x.code !== 'analysis-failed'));
          }
        }
      }
    }
  });

  it('uses versioned document edits when the client supports them', () => {
    const action = actionsAt(SV_ARTICLE, sv, CLAIM)[0]!;
    const change = action.edit!.documentChanges![0]!;
    assert.ok('textDocument' in change, "'textDocument' in change");
    assert.equal(change.textDocument.version, 1);
    const a = analysisOf(SV_ARTICLE, sv);
    const at = positionOf(sv, CLAIM);
    const plain = codeActions(a, { range: { start: at, end: at }, caps: PLAIN, kbTarget: null, idTaken: () => false, today: TODAY })[0]!;
    assert.ok(plain.edit?.changes?.[svUri], "plain.edit?.changes?.[svUri]");
    void sampleKb;
  });
});

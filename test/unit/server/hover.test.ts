import assert from 'node:assert/strict';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { KnowledgeBase, type Entity } from '../../../server/src/analysis/index.js';
import { hover, type HoverContext } from '../../../server/src/features/hover.js';
import { analysisOf, EN_ARTICLE, lineOf, positionOf, read, SAMPLE_KB, SV_ARTICLE, uriOf } from './fixtures.js';

const ctx: HoverContext = { markdown: true, workspaceCount: () => null };

/** The card as a reader sees it: Markdown backslash escapes removed. */
const unescaped = (v: string) => v.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function value(h: ReturnType<typeof hover>): string {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, MarkupKind.Markdown);
  assert.equal((h as unknown as { isTrusted?: boolean }).isTrusted, undefined);
  return c.value;
}

describe('server: hover cards', () => {
  const sv = read(SV_ARTICLE);

  it('shows the entity card on "Microsofts" with a link to its KB line', () => {
    const a = analysisOf(SV_ARTICLE);
    const h = hover(a, positionOf(sv, 'Microsofts historiska', 0, 3), ctx);
    const v = value(h);
    assert.match(v, /^\*\*Microsoft\*\* — company/);
    assert.ok(v.includes('[Q2283](https://www.wikidata.org/wiki/Q2283)'), v);
    assert.ok(v.includes('(https://www.microsoft.com/)'), v);
    const line = lineOf(SAMPLE_KB, '- id: microsoft') + 1;
    assert.ok(v.includes(`(${uriOf(SAMPLE_KB)}#L${line})`), v);
    // The range covers the whole inflected mention.
    assert.deepEqual(h!.range!.start, positionOf(sv, 'Microsofts historiska'));
    assert.equal(h!.range!.end.character - h!.range!.start.character, 'Microsofts'.length);
  });

  it('counts mentions in the article and, once indexed, across the workspace', () => {
    const a = analysisOf(SV_ARTICLE);
    const body = sv.slice(sv.indexOf('---', 3) + 3);
    const expected = body.split('Open AI').length - 1;
    const v = value(hover(a, positionOf(sv, 'Open AI', 1), { markdown: true, workspaceCount: (k) => (k === 'openai' ? { mentions: 9, articles: 2 } : null) }));
    assert.ok(unescaped(v).includes(`Mentioned ${expected} times in this article; 9 times in 2 articles of the workspace.`), v);
    assert.ok(unescaped(v).includes('Open AI (Swedish)'), v);
  });

  it('explains an unknown organisation and how to add it', () => {
    const en = read(EN_ARTICLE);
    const v = value(hover(analysisOf(EN_ARTICLE), positionOf(en, 'Nordvik Data AB', 0, 2), ctx));
    assert.match(v, /^\*\*Nordvik Data AB\*\* — unknown organisation/);
    assert.ok(unescaped(v).includes('entities.yaml'), v);
  });

  it('explains why a claim was flagged', () => {
    const v = value(hover(analysisOf(SV_ARTICLE), positionOf(sv, 'Storleken på investeringen'), ctx));
    assert.match(v, /^\*\*Unsourced claim\*\*/);
    assert.ok(v.includes('ännu okänd') || v.includes('undisclosed'), v);
  });

  it('returns nothing away from mentions and flagged claims, and for positions past the end', () => {
    const a = analysisOf(SV_ARTICLE);
    assert.equal(hover(a, { line: 0, character: 0 }, ctx), null);
    assert.equal(hover(a, { line: 10_000, character: 5 }, ctx), null);
  });

  it('escapes hostile KB text and links only safe URLs', () => {
    const evil: Entity = {
      id: 'evil',
      name: 'Evil Corp',
      kind: 'company',
      aliases: ['[alias](command:workbench.action.terminal.new)', '<script>alert(1)</script>'],
      title: '<b>Chief</b>',
      patterns: [],
      description: 'See [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> and [y](javascript:alert(1)) ![i](https://e.com/i.png)',
      url: 'javascript:alert(1)',
      wikidata: 'Q1)](command:x',
      location: { uri: 'file:///ws/entities.yaml', line: 4, character: 0 },
    };
    const kb = KnowledgeBase.fromLayers([[evil]]);
    const text = 'Evil Corp says hello.';
    const a = analysisOf(SV_ARTICLE, text, kb);
    const m = a.result.mentions[0];
    assert.ok(m, 'the mention is found: ' + text);
    const v = value(hover(a, a.lines.positionAt(m.start + 1), ctx));
    assert.ok(!/\]\(command:/.test(v), v);
    assert.ok(!/\]\(javascript:/.test(v), v);
    assert.ok(!v.includes('<'), v);
    assert.ok(!v.includes('!['), v);
    assert.ok(!v.includes('wikidata.org'), 'an invalid Wikidata id is not linked');
    // The only links are the KB definition link.
    const links = [...v.matchAll(/(?<!\\)\]\((?<url>[^)]*)\)/g)].map((x) => x.groups!.url);
    assert.deepEqual(links, ['file:///ws/entities.yaml#L5']);
  });

  it('renders plain text for clients without Markdown', () => {
    const h = hover(analysisOf(SV_ARTICLE), positionOf(sv, 'Brad Smith'), { markdown: false, workspaceCount: () => null });
    const c = h!.contents as MarkupContent;
    assert.equal(c.kind, MarkupKind.PlainText);
    assert.ok(c.value.startsWith('Brad Smith — person'), c.value);
  });
});

// fast-check generators of hostile Markdown articles: real news vocabulary (names the KB knows,
// inflected forms, claim and attribution words in both languages) mixed with everything a pasted
// wire story or a broken export may hold — nested emphasis, tables, footnotes, HTML and our
// annotation comments, front matter, very long lines and digit runs, RTL and mixed scripts, emoji,
// lone surrogates, NUL and control characters, and any of the three line ends.
import fc from 'fast-check';
import { ENTITY_KINDS, type Entity } from '../../server/src/analysis/index.js';

const WORDS = [
  // names and inflections the samples' KB knows
  'Microsoft', 'Microsofts', "Microsoft's", 'Microsoft’s', 'Open AI', 'OpenAI', 'OpenAI:s', 'Mistral', 'Mistral AI', 'Azure-plattformen',
  'Microsoft Azure', 'EU-kommissionen', 'EU:s', 'Brad Smith', 'europeiska konkurrenslagstiftarnas', 'European competition regulators',
  // unknown organisations
  'Nordvik Data AB', 'Acme Inc.', 'Northern Rock Bank', 'Konsumentverket', 'företaget Klarna', 'the company Zeta', 'NHS', 'H&M', 'AT&T',
  // claims and attribution
  '$2bn', '€1.3 billion', 'SEK 3bn', '15 miljoner kronor', 'miljarder dollar', '12%', '2,5 procent', '1.5', '1 000 000', 'largest',
  'en av världens största', 'the first', 'exklusiva rättigheter', 'förväntas', 'is expected to', 'undisclosed', 'Storleken på investeringen är okänd',
  'said', 'says', 'enligt', 'uppger', 'säger', 'sources say', 'reportedly', 'ofta kallas', 'anses vara', 'according to', 'the company said',
  'bl.a.', 't.ex.', 'Inc.', 'U.S.', 'e.g.', '2024', '12 mars', 'March 12', '10:30', '2024-03-01',
  // plain prose
  'the', 'och', 'att', 'is', 'a', 'investment', 'investeringen', 'är', 'of', 'in', 'bolaget', 'company',
  // other scripts, RTL, combining marks
  'شركة مايكروسوفت', 'חברת מיקרוסופט', '\u202eevil\u202c', 'Ğüneş', 'Москва', '北京', '東京証券取引所', 'e\u0301', 'a\u030a',
  // emoji and astral characters
  '🚀', '👩‍👩‍👧', '🇸🇪', '𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭', '😀😀',
];

const HOSTILE_CHARS = ['\ud800', '\udfff', '\udc00x', 'x\ud83d', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\t'];

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e12 }).map(String) },
);

const punct = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '! ', '? ', '… ', ': ', ' – ', ' "', '" ', ' «', '» ', ' (', ') ', ' > ');

/** Inline text: words, punctuation and inline Markdown, nested up to a small depth. */
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.tuple(word, punct).map(([w, p]) => w + p), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
    fc.tuple(fc.constantFrom('*', '**', '_', '__', '***', '~~', '~'), tie('inline')).map(([m, t]) => `${m}${t}${m}`),
    fc.tuple(fc.constantFrom('*', '**', '_'), tie('inline')).map(([m, t]) => `${m}${t}`), // unclosed emphasis
    fc.tuple(tie('inline'), fc.constantFrom('https://example.com/x', 'javascript:alert(1)', 'command:workbench.action.terminal.new', '', '<>')).map(([t, u]) => `[${t}](${u})`),
    tie('inline').map((t) => `![${t}](img.png)`),
    tie('inline').map((t) => `\`${t}\``),
    tie('inline').map((t) => `<b>${t}</b>`),
    fc.constantFrom('<https://example.com>', '<img src=x onerror=alert(1)>', '<br>', '<!-- a comment -->', '<!--', '-->', '<!-- source: TT, 2024-03-01 -->', '<!-- source: -->', '<!-- källa: Reuters -->', '<!-- verified: J. Editor, 2024-03-01 -->', '<!-- verified: x #00000000 -->', '<!-- news-annotator-disable-next-line unsourced-claim -- checked -->', '<!-- news-annotator-disable -->', '<!-- news-annotator-disable bogus-rule -->'),
    fc.constantFrom('[^1]', '[^note]', '[^1][^2]', '[^]', '[^ x]', '\\*', '&amp;', '&#0;', '&#xD800;', '$$x$$', '$x$'),
    fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => a + b),
  ),
})).inline;

const longLine = fc.tuple(fc.constantFrom('Microsoft ', 'a ', '  ', '1', '9,', '$1,', 'ab', 'förväntas ', '🚀', 'x.'), fc.integer({ min: 300, max: 2500 })).map(([w, n]) => w.repeat(n));
const digitRun = fc.integer({ min: 100, max: 5000 }).map((n) => '7'.repeat(n));

const frontMatter = fc.oneof(
  fc.constant('---\nlang: sv\n---'),
  fc.constant('---\nlang: en\nsources:\n  - Reuters\n  - TT\n---'),
  fc.constant('---\nlang: [broken\n---'),
  fc.constant('---\nsources: Reuters\n---'),
  fc.constant('---\n---'),
  fc.constant('---\nlang: en\n'), // never closed
  inline.map((t) => `---\ntitle: ${t}\n---`),
);

/** A top-level block. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => items.map((t) => `- ${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t}`).join('\n')) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.map((t) => `> ${t}`).join('\n')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.array(inline, { minLength: 1, maxLength: 8 }))
      .map(([cols, cells]) => {
        const row = (k: number) => '| ' + Array.from({ length: cols }, (_, c) => (cells[(k * cols + c) % cells.length] ?? '').replace(/\|/g, '\\|').replace(/[\r\n]/g, ' ')).join(' | ') + ' |';
        return [row(0), '|' + '---|'.repeat(cols), row(1), row(2)].join('\n');
      }),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('1', '2', 'note', 'x y'), fc.oneof(inline, fc.constant(''), fc.constant('TODO'))).map(([l, t]) => `[^${l}]: ${t}`) },
  { weight: 1, arbitrary: inline.map((t) => `\`\`\`\n${t}\n\`\`\``) },
  { weight: 1, arbitrary: inline.map((t) => `\`\`\`js\n${t}`) }, // unclosed fence
  { weight: 1, arbitrary: inline.map((t) => `    ${t}`) },
  { weight: 1, arbitrary: inline.map((t) => `<div>\n${t}\n</div>`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '[ref]: https://example.com', '$$\nx\n$$', '<!-- source: Reuters -->', '<!--\nunclosed', '<details><summary>x</summary>') },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: digitRun },
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A whole article: optional BOM and front matter, blocks separated by blank lines in one or mixed line ends. */
export const article: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    fm: fc.option(frontMatter, { freq: 3 }),
    blocks: fc.array(fc.tuple(block, fc.constantFrom(2, 2, 2, 1, 3)), { maxLength: 10 }),
    eol: lineEnd,
    mixed: fc.boolean(),
    mixedEnds: fc.array(lineEnd, { minLength: 1, maxLength: 8 }),
    trailing: fc.boolean(),
  })
  .map(({ bom, fm, blocks, eol, mixed, mixedEnds, trailing }) => {
    const parts = fm === null ? [] : [fm + '\n\n'];
    blocks.forEach(([b, blank], i) => parts.push(b + '\n'.repeat(i < blocks.length - 1 || trailing ? blank : 0)));
    let text = parts.join('');
    let k = 0;
    text = text.replace(/\r\n|\r|\n/g, () => (mixed ? mixedEnds[k++ % mixedEnds.length]! : eol));
    return (bom ? '\ufeff' : '') + text;
  });

/** Rare NUL characters: a document with one is binary and must be skipped, never analysed. */
export const articleWithNul: fc.Arbitrary<string> = fc.tuple(article, fc.nat(), fc.constantFrom('\0', '\0\0\0', 'abc\0')).map(([t, at, nul]) => {
  const p = t.length === 0 ? 0 : at % t.length;
  return t.slice(0, p) + nul + t.slice(p);
});

/** An edit of a text: insert, delete or replace at a position, with Markdown-ish or hostile content. */
export interface Edit {
  at: number; // a fraction of the length, as an integer in [0, 10000]
  remove: number;
  insert: string;
}
export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.integer({ min: 0, max: 10000 }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 200 })),
  insert: fc.oneof(
    fc.constant(''),
    word,
    punct,
    lineEnd,
    fc.constantFrom('\n\n', '# ', '- ', '> ', '|', '[^1]', '*', '**', '`', '```', '<!--', '-->', '<!-- source: x -->', '---\n', '[a]: http://x', ']:', '\\', '\u00e4'),
    inline,
  ),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor((e.at / 10000) * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/**
 * A knowledge base built in code (so past the file validation): names, aliases and patterns drawn
 * from the same vocabulary, hostile characters included, with prefix patterns (`word*`) of any length.
 */
export const generatedEntities: fc.Arbitrary<Entity[]> = fc
  .array(
    fc.record({
      name: word,
      aliases: fc.array(fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a} ${b}`)), { maxLength: 3 }),
      patterns: fc.array(
        fc.array(fc.tuple(fc.constantFrom(...WORDS, 'a', 'mi', 'eu', 'ö'), fc.boolean()).map(([w, star]) => (star ? w.split(' ')[0]!.slice(0, 3) + '*' : w.split(' ')[0]!)), { minLength: 1, maxLength: 13 }).map((ws) => ws.join(' ')),
        { maxLength: 2 },
      ),
      kind: fc.constantFrom(...ENTITY_KINDS),
    }),
    { maxLength: 30 },
  )
  .map((list) => list.map((e, i) => ({ id: `g${i}`, ...e })));

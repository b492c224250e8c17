// The claim lexicon's patterns run without the `i` flag on the text folded by `foldCase`, without
// their digit alternatives where a text has no digit, and without those of unnamed media where it has
// no `media` (claim-lexicon.ts). Each must find exactly what the patterns found before: `/…/giu` on the
// text itself, every alternative.
import assert from 'node:assert/strict';
import { foldCase, hasDigit, LEXICONS, scanWords } from '../../../server/src/analysis/claim-lexicon.js';

/** Every pattern of the lexicon that is matched against folded text, with where it is. */
function lexiconPatterns(): Array<{ where: string; re: RegExp }> {
  const out: Array<{ where: string; re: RegExp }> = [];
  for (const lang of ['sv', 'en'] as const) {
    const lex = LEXICONS[lang];
    for (const [reason, re] of lex.reasons) out.push({ where: `${lang}.reasons.${reason}`, re });
    for (const [reason, re] of lex.reasonsWithoutDigits) out.push({ where: `${lang}.reasonsWithoutDigits.${reason}`, re });
    for (const k of ['notCount', 'vague', 'vagueWithoutMedia', 'attribution', 'notForecast', 'normative', 'clauseOpener', 'relativeSource'] as const) out.push({ where: `${lang}.${k}`, re: lex[k] });
  }
  return out;
}

/**
 * The atoms of a pattern source: bracket classes and class escapes as they are written, and every other
 * character as a literal (quantifier digits and syntax included: a few atoms too many do no harm).
 */
function atoms(source: string): { classes: Set<string>; literals: Set<string> } {
  const classes = new Set<string>();
  const literals = new Set<string>();
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '[') {
      let j = i + 1;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      classes.add(source.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      const e = source[i + 1]!;
      if (e === 'p' || e === 'P') {
        const j = source.indexOf('}', i);
        classes.add(source.slice(i, j + 1));
        i = j + 1;
      } else if (e === 'u') {
        literals.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)));
        i += 6;
      } else if ('dDsSwW'.includes(e)) {
        classes.add(`\\${e}`);
        i += 2;
      } else if ('bB'.includes(e)) {
        assert.fail(`\\${e} in a pattern: its meaning changes with the i flag`);
      } else {
        literals.add(e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e);
        i += 2;
      }
    } else {
      literals.add(c);
      i += 1;
    }
  }
  return { classes, literals };
}

/** A literal as a code point escape, valid in and out of a class with `u`. */
const escape = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;

describe('claim lexicon: case folding and patterns without digits', () => {
  it('a pattern without `i` on the folded text matches each character as the pattern with `iu` did, in all of Unicode', function () {
    this.timeout(60000);
    const classes = new Set<string>();
    const literals = new Set<string>();
    for (const { where, re } of lexiconPatterns()) {
      assert.equal(re.flags.includes('i'), false, `${where} has the i flag`);
      // An empty alternative (a stray `|` where parts are joined) matches everywhere it may.
      assert.equal(/\(\?:\||\|\||(?<!\\)\|\)/.test(re.source), false, `${where} has an empty alternative`);
      const a = atoms(re.source);
      a.classes.forEach((x) => classes.add(x));
      a.literals.forEach((x) => literals.add(x));
    }
    // A literal in upper case would never match the folded text.
    for (const l of literals) assert.equal(foldCase(l), l, `upper-case literal ${JSON.stringify(l)} in a pattern`);
    assert.ok(classes.has('\\p{L}') && literals.has('å') && literals.size > 40, 'atoms not found');
    const classList = [...classes];
    // One match tells which classes hold the character: an optional capture in a lookahead per class.
    const probe = classList.map((k) => `(?=(${k})?)`).join('');
    const withI = new RegExp(`^${probe}`, 'iu');
    const withoutI = new RegExp(`^${probe}`, 'u');
    const anyLiteralI = new RegExp(`^[${[...literals].map(escape).join('')}]$`, 'iu');
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const t = String.fromCodePoint(cp);
      const f = foldCase(t);
      if (f.length !== t.length) {
        bad.push(`${cp.toString(16)}: length`);
        continue;
      }
      const a = withI.exec(t)!;
      const b = withoutI.exec(f)!;
      for (let k = 1; k <= classList.length; k++) if ((a[k] === undefined) !== (b[k] === undefined)) bad.push(`${cp.toString(16)}: ${classList[k - 1]}`);
      if (anyLiteralI.test(t)) {
        for (const l of literals) if (new RegExp(`^${escape(l)}$`, 'iu').test(t) !== (f === l)) bad.push(`${cp.toString(16)}: ${l}`);
      } else if (literals.has(f)) bad.push(`${cp.toString(16)}: folds to literal ${f}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
    // In context, a final capital sigma lower-cases to ς, a letter and no literal, as σ is.
    assert.equal(foldCase('ΑΣ '), 'ας ');
  });

  // Words of the patterns themselves, in random case, with characters that fold specially, digits or
  // none: many matches, overlapping ones and near misses.
  const vocabulary = [
    ...new Set(
      lexiconPatterns()
        .flatMap(({ re }) => re.source.match(/[a-zåäöé]{2,}/g) ?? [])
        .filter((w) => w.length < 16),
    ),
  ];
  const seps = [' ', ' ', ' ', '  ', ', ', '. ', '\n', '-', ': ', ' – ', '”', '(', ') ', '\u00a0'];
  const oddChars = ['ſ', 'İ', 'ı', 'K', 'Å', 'µ', '\u0345', 'Σ', 'ß', 'ẞ', '\u0307', '𝐀', 'Ω'];
  function randomText(seed: number, digits: boolean): string {
    let x = seed;
    const rnd = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) {
      let w = vocabulary[rnd(vocabulary.length)]!;
      const r = rnd(10);
      if (r === 0) w = w.toUpperCase();
      else if (r === 1) w = w[0]!.toUpperCase() + w.slice(1);
      else if (r === 2) w = w.replace(/s/, 'ſ').replace(/k/, 'K').replace(/i/, 'İ');
      if (rnd(12) === 0) w += oddChars[rnd(oddChars.length)]!;
      if (digits && rnd(4) === 0) w = rnd(2) === 0 ? String(rnd(3000)) : `${rnd(100)},${rnd(10)} ${w}`;
      parts.push(w, seps[rnd(seps.length)]!);
    }
    const t = parts.join('');
    return digits ? t : t.replace(/\d/g, '');
  }

  /** The scan as it was: `/…/giu` on the text itself. */
  const before = (re: RegExp, text: string) => scanWords(new RegExp(re.source, 'giu'), text);

  it('every pattern finds on the folded text what it found with `iu` on the text itself', () => {
    let matches = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(seed, seed % 2 === 0);
      const folded = foldCase(text);
      for (const { where, re } of lexiconPatterns()) {
        const want = before(re, text);
        matches += want.length;
        assert.deepEqual(scanWords(re, folded, text), want, `${where}, seed ${seed}`);
      }
    }
    assert.ok(matches > 2000, `only ${matches} matches: the texts test too little`);
  });

  it('in a text without a digit, the variants without digit alternatives find what the whole patterns find, and notCount finds nothing', () => {
    let matches = 0;
    for (let seed = 100; seed <= 160; seed++) {
      const text = randomText(seed, false);
      assert.equal(hasDigit(text), false);
      const folded = foldCase(text);
      for (const lang of ['sv', 'en'] as const) {
        const lex = LEXICONS[lang];
        lex.reasons.forEach(([reason, re], i) => {
          const [reason2, variant] = lex.reasonsWithoutDigits[i]!;
          assert.equal(reason2, reason);
          const want = scanWords(re, folded, text);
          matches += want.length;
          assert.deepEqual(scanWords(variant, folded, text), want, `${lang} ${reason}, seed ${seed}`);
        });
        assert.deepEqual(scanWords(lex.notCount, folded, text), []);
      }
    }
    assert.ok(matches > 500, `only ${matches} matches`);
  });

  it('in a text without `media`, vagueWithoutMedia finds what vague finds', () => {
    let matches = 0;
    for (let seed = 200; seed <= 300; seed++) {
      // `immedia…` keeps the word inside another, which the variant need not see.
      const text = randomText(seed, seed % 2 === 0).replace(/(\s)(media)/gi, (_m, sp: string, w: string) => (seed % 3 === 0 ? `${sp}im${w}` : `${sp}${w.slice(0, 4)}`));
      const folded = foldCase(text);
      assert.equal(/\smedia/.test(folded), false);
      for (const lang of ['sv', 'en'] as const) {
        const want = scanWords(LEXICONS[lang].vague, folded, text);
        matches += want.length;
        assert.deepEqual(scanWords(LEXICONS[lang].vagueWithoutMedia, folded, text), want, `${lang}, seed ${seed}`);
      }
    }
    assert.ok(matches > 50, `only ${matches} matches`);
  });

  it('hasDigit sees ASCII digits only, as `\\d` does', () => {
    assert.equal(hasDigit('fem kronor, ett tiotal, hundreds of'), false);
    assert.equal(hasDigit('٣ ³ ①'), false);
    assert.equal(/\d/u.test('٣ ³ ①'), false);
    assert.equal(hasDigit('år 2024'), true);
  });
});

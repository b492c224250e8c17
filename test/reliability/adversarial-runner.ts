// Child process of backtracking.test.ts (run with `node --import tsx`): feeds every regular expression
// of the analysis, and the whole analysis, adversarial inputs of 100 KB and prints one JSON line per
// measurement. It runs apart so that a catastrophic case can be killed by the test's watchdog; the
// line printed before each measurement names the culprit then.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { LEXICONS } from '../../server/src/analysis/claim-lexicon.js';
import { analyze, KnowledgeBase, KnowledgeBaseStore, type Entity } from '../../server/src/analysis/index.js';
import { ROOT, samplesKb } from './helpers.js';

const SIZE = 100 * 1024;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Inputs that make backtracking engines go quadratic or worse on the usual mistakes. */
export function genericInputs(): Record<string, string> {
  return {
    'digit run': fill('7'),
    'digit run then a letter': fill('7', SIZE - 1) + 'x',
    'digits grouped by spaces': '1' + fill(' 000', SIZE - 1),
    'digits grouped by no-break spaces': '1' + fill('\u00a0000', SIZE - 1),
    'digits grouped, 4-digit end': '1' + fill(' 000', SIZE - 6) + ' 0000',
    '$1,1,1,…': '$' + fill('1,', SIZE - 1),
    '1.1.1.…': fill('1.'),
    'decimals then %-less': fill('12,5 '),
    'repeated spaces': 'a' + fill(' ', SIZE - 2) + 'a',
    'repeated spaces and commas': 'x' + fill(' ,', SIZE - 8) + ' y said',
    'a a a a …': fill('a a '),
    'one long word': fill('a', SIZE - 8) + ' B said',
    'one long capitalised word': 'X ' + fill('Aa', SIZE - 10) + ' x said',
    'long word of dots': fill('a.', SIZE - 8) + ' B said',
    'repeated <!--': fill('<!--'),
    'repeated [^': fill('[^'),
    'repeated quotes': fill('"\u201c '),
    'repeated emoji': fill('🚀'),
    'lone surrogates': fill('\ud800a'),
    'repeated dashes': fill('- '),
    'repeated > markers': fill('> '),
    'repeated magnitude words': fill('m '),
    'repeated #': fill('#'),
    'tabs and CRs': fill('a\t\r'),
  };
}

/** Words of a pattern's alternations, for inputs made of its own prefixes. */
function wordsOf(source: string): string[] {
  const cleaned = source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/g, ' ');
  return [...new Set(cleaned.match(/[\p{L}'’$€£¥%]{2,}/gu) ?? [])];
}

/** Inputs made of one pattern's words and their prefixes, repeated: partial matches at every step. */
function ownInputs(source: string): Record<string, string> {
  const words = wordsOf(source).slice(0, 200);
  if (words.length === 0) return {};
  const halves = words.map((w) => w.slice(0, Math.ceil(w.length / 2)));
  return {
    'its words repeated': fill(words.join(' ') + ' '),
    'prefixes of its words repeated': fill(halves.join(' ') + ' '),
    'its words with long space runs': fill(words.map((w) => w + ' '.repeat(64)).join('')),
    'its words glued': fill(words.join('')),
    'its words with digits': fill(words.map((w, i) => `${i}${i} ${w} `).join('')),
  };
}

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

/** Every regex literal and `new RegExp('literal')` in a folder's sources, found with the TypeScript parser. */
export function regexLiterals(dir: string): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.ts')) continue;
    const path = join(dir, f);
    const src = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const rel = path.slice(ROOT.length);
    const visit = (node: ts.Node): void => {
      const line = src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(src);
        const slash = text.lastIndexOf('/');
        found.push({ where: `${rel}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          found.push({ where: `${rel}:${line}`, source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else dynamic.push(`${rel}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return { found, dynamic };
}

/** The lexicon's patterns, found by walking LEXICONS: a pattern added later is covered without a change here. */
export function lexiconRegexes(): FoundRegex[] {
  const out: FoundRegex[] = [];
  const walk = (v: unknown, path: string) => {
    if (v instanceof RegExp) out.push({ where: `LEXICONS.${path}`, source: v.source, flags: v.flags });
    // A `[name, RegExp]` pair (the reasons) is named by its name.
    else if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && v[1] instanceof RegExp) walk(v[1], `${path}.${v[0]}`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(LEXICONS, '');
  // attribution.ts builds its subject patterns from these with a lookbehind in front.
  for (const lang of ['sv', 'en'] as const) {
    out.push({ where: `attribution.ts NAMED_SUBJECT.${lang}`, source: `(?<![\\p{L}\\p{N}])${LEXICONS[lang].namedSubject.source}`, flags: 'iu' });
  }
  return out;
}

/** A full scan as the analysis does it: every match of a global regex, or one search otherwise. */
function scan(re: RegExp, text: string): number {
  if (!re.global && !re.sticky) return re.exec(text) ? 1 : 0;
  let n = 0;
  re.lastIndex = 0;
  if (re.sticky) {
    // A sticky regex is tried at one position per call; the analysis tries it where it needs to.
    for (let i = 0; i < text.length; i += 997) {
      re.lastIndex = i;
      if (re.exec(text)) n++;
    }
    return n;
  }
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

function emit(line: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

/**
 * Milliseconds `f` takes; a slow first run is repeated twice and the fastest kept, so a busy machine
 * (other processes on its two cores) does not pass for super-linear behaviour. A catastrophic case is
 * slow every time.
 */
function time(f: () => void): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
    if (best < 700) break;
  }
  return best;
}

/** A KB made to stress the trie: 12-word patterns of prefixes, names sharing long prefixes, 20,000 entries. */
function stressKb(): KnowledgeBase {
  const entities: Entity[] = [
    { id: 'p1', name: 'P1', kind: 'organisation', aliases: [], patterns: ['a* a* a* a* a* a* a* a* a* a* a* a*', 'a a a a a a a a a a a b', 'aa* aa* aa*'] },
    { id: 'p2', name: 'A A A A A A A A A A A B', kind: 'company', aliases: ['A A A A A A A A A A A C', 'Aa Aa Aa Aa'], patterns: ['7* 7*'] },
  ];
  for (let i = 0; i < 20000; i++) {
    entities.push({ id: `g${i}`, name: `Alpha Beta ${i}`, kind: 'company', aliases: [`A A A ${i}`], patterns: [`alpha* beta* x${i}*`] });
  }
  return KnowledgeBase.fromLayers([entities]);
}

function main(): void {
  const generic = genericInputs();
  const { found, dynamic } = regexLiterals(join(ROOT, 'server', 'src', 'analysis'));
  emit({ kind: 'inventory', literals: found.length, dynamic, lexicon: lexiconRegexes().length });
  for (const r of [...lexiconRegexes(), ...found]) {
    let re: RegExp;
    try {
      re = new RegExp(r.source, r.flags);
    } catch (err) {
      emit({ kind: 'error', where: r.where, message: String(err) });
      continue;
    }
    for (const [name, text] of Object.entries({ ...generic, ...ownInputs(r.source) })) {
      emit({ kind: 'begin', what: `${r.where} /${r.source.slice(0, 80)}/ on "${name}"` });
      const ms = time(() => scan(re, text));
      emit({ kind: 'regex', where: r.where, input: name, chars: text.length, ms });
    }
  }

  const kb = samplesKb();
  // Ordinary prose of the same size, for the test to scale its bound to how busy the machine is.
  const sample = readFileSync(join(ROOT, 'samples', 'microsoft-mistral.sv.md'), 'utf8');
  const ordinary = fill(sample + '\n\n');
  analyze(ordinary, kb);
  emit({ kind: 'reference', chars: ordinary.length, ms: time(() => analyze(ordinary, kb)) });
  const docs: Record<string, string> = {};
  const wrappers: Record<string, (x: string) => string> = {
    paragraph: (x) => x,
    'lines of 80': (x) => x.replace(/(.{80})/gsu, '$1\n'),
    'table cell': (x) => `| a |\n|---|\n| ${x.replace(/[|\r\n]/g, ' ')} |`,
    'footnote definition': (x) => `Claim.[^1]\n\n[^1]: ${x}`,
    'list item': (x) => `- ${x}`,
  };
  for (const [name, text] of Object.entries(generic)) docs[name] = text;
  for (const [w, wrap] of Object.entries(wrappers)) {
    if (w === 'paragraph') continue;
    // Not `repeated <!--`: inside a paragraph it hits micromark's quadratic inline-HTML case (below).
    for (const name of ['digit run', 'repeated spaces and commas', 'one long word', 'long word of dots', 'a a a a …', 'digits grouped by spaces']) docs[`${name} in a ${w}`] = wrap(generic[name]!);
  }
  // A pattern's own words go to the analysis of its language only.
  const languageOf = (name: string): Array<'sv' | 'en'> => (/LEXICONS\.sv|NAMED_SUBJECT\.sv/.test(name) ? ['sv'] : /LEXICONS\.en|NAMED_SUBJECT\.en/.test(name) ? ['en'] : ['sv', 'en']);
  for (const r of lexiconRegexes()) {
    const own = ownInputs(r.source);
    docs[`${r.where}: its words repeated`] = own['its words repeated'] ?? '';
    docs[`${r.where}: prefixes repeated`] = own['prefixes of its words repeated'] ?? '';
  }
  for (const [name, text] of Object.entries(docs)) {
    for (const language of languageOf(name)) {
      emit({ kind: 'begin', what: `analysis (${language}) of "${name}"` });
      const ms = time(() => analyze(text, kb, { language }));
      emit({ kind: 'analysis', input: name, language, chars: text.length, ms });
    }
  }

  const big = time(() => stressKb().matcher);
  emit({ kind: 'kb-compile', entities: 20002, ms: big });
  const skb = stressKb();
  for (const [name, text] of Object.entries({ 'a a a a …': fill('a a '), 'A A A A …': fill('A A '), 'Aa Aa Aa …': fill('Aa '), 'alpha beta …': fill('alpha beta '), 'digit run': fill('7 7 7 '), 'Alpha Beta 1 …': fill('Alpha Beta 1 ') })) {
    emit({ kind: 'begin', what: `analysis with the stress KB of "${name}"` });
    const ms = time(() => analyze(text, skb, { language: 'en' }));
    emit({ kind: 'kb-analysis', input: name, chars: text.length, ms });
  }
  // KB patterns are never regular expressions: a regex in a pattern is refused with a diagnostic.
  const store = new KnowledgeBaseStore([]);
  const diags = store.update('file:///x/entities.yaml', '- id: evil\n  name: Evil\n  kind: company\n  patterns:\n    - "(a+)+$"\n');
  emit({ kind: 'kb-regex-refused', diagnostics: diags.map((d) => ({ line: d.line, message: d.message })) });
  emit({ kind: 'done' });
}

main();

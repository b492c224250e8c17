// The inflection recall check (issue 5): a workspace KB that lists organisations by their base
// name only, and generated articles that write those names inflected — English possessives
// (straight and curly apostrophes), Swedish genitives (`s`, `:s`), hyphenated compounds, and
// multiword names broken across lines (LF and CRLF, in paragraphs, list items and quotes).
// Every mention must be found as that entity with the name proper spanned exactly.
//
// The names are invented so that the check measures the matcher, not the default KB; the default
// KB is loaded too, as it is for a user, so a collision with it would show as a miss.
import { analyze, KnowledgeBase, parseKnowledgeBaseFile, type Language } from '../server/src/analysis/index.js';
import { defaultKnowledgeBase } from './org-predictions.js';
import { prf, type Prf } from './span-scoring.js';

interface Org {
  id: string;
  name: string;
}

/** Shapes a name can have: one word, several, acronyms, `&`, digits, diacritics, a hyphen, a final s. */
const ORGS: Org[] = [
  { id: 'vexlo', name: 'Vexlo' },
  { id: 'fjallgren', name: 'Fjällgren' },
  { id: 'quillon', name: 'Quillon' },
  { id: 'marbury', name: 'Marbury' },
  { id: 'alvkraft', name: 'Älvkraft' },
  { id: 'telenova', name: 'TeleNova' },
  { id: 'nord24', name: 'Nord24' },
  { id: 'nkv', name: 'NKV' },
  { id: 'tgx', name: 'TGX' },
  { id: 'okb', name: 'ÖKB' },
  { id: 'bk', name: 'B&K' },
  { id: 'ek-lind', name: 'Ek & Lind' },
  { id: 'blasippa', name: 'Blåsippa Kapital' },
  { id: 'north-sea-fibre', name: 'North Sea Fibre' },
  { id: 'green-harbour', name: 'Green Harbour Energy Partners' },
  { id: 'nord-ost', name: 'Nord-Ost Energi' },
  { id: 'solvens', name: 'Solvens' },
  { id: 'kvarnsten', name: 'Kvarnsten Fastigheter' },
  { id: 'lumora', name: 'Lumora Bank' },
  { id: 'stellarc', name: 'Stellarc Systems' },
];

function kbYaml(): string {
  return ORGS.map((o) => `- id: ${o.id}\n  name: "${o.name}"\n  kind: company\n`).join('');
}

/** Where a mention must be found: the name proper, and (for a genitive) the whole written form. */
interface Expected {
  id: string;
  start: number;
  nameEnd: number;
  form: string;
}

/** Writes a name with its multiword gaps replaced (line breaks). */
function breakName(name: string, gap: string): string {
  const i = name.lastIndexOf(' ');
  return i < 0 ? name : name.slice(0, i) + gap + name.slice(i + 1);
}

const endsInSibilant = (name: string) => /[sxz]$/i.test(name);
const isAcronymLike = (name: string) => /[\p{Lu}\d&]$/u.test(name) && !/\p{Ll}/u.test(name.slice(-2));

type Form = { before: string; name: string; after: string; form: string };

/** The inflected forms each language's writers use for one name. */
function forms(o: Org, language: Language): Form[] {
  const n = o.name;
  const multi = n.includes(' ');
  const out: Form[] = [];
  const add = (form: string, before: string, name: string, after: string) => out.push({ form, before, name, after });
  if (language === 'en') {
    add('base', 'Shares in ', n, ' rose on Monday.');
    add("possessive 's", 'Analysts praised ', n, "'s results.");
    add('possessive ’s', 'The deal lifted ', n, '’s profits.');
    if (endsInSibilant(n)) add("possessive s'", 'Investors sold ', n, "' bonds.");
    add('hyphen -led', 'A ', n, '-led group bid for the assets.');
    add('hyphen -owned', 'The ', n, '-owned refinery closed.');
    add('sentence start', '', n, "'s chairman resigned.");
    add('parenthesis', 'The buyer (', n, ') did not comment.');
    add('quoted', 'The “', n, '” brand was sold.');
    add('emphasis', 'The **', n, "**'s board met.");
    add('link', 'Read [', n, "](https://example.com/)'s filing.");
    if (multi) {
      add('no-break space', 'Shares in ', n.replace(/ /g, '\u00a0'), ' rose.');
      add('line break', 'The board of ', breakName(n, '\n'), ' met on Monday.');
      add("line break + 's", 'Critics attacked ', breakName(n, '\n'), "'s plan.");
      add('line break CRLF', 'The board of ', breakName(n, '\r\n'), ' met on Friday.');
      add('line break in quote', '> Shares in ', breakName(n, '\n> '), ' fell.');
    }
  } else {
    add('base', 'Aktien i ', n, ' steg på måndagen.');
    if (isAcronymLike(n)) {
      add('genitiv :s', 'Enligt ', n, ':s vd går det bra.');
      add('genitiv s utan kolon', 'Enligt ', n, 's styrelse går det bra.');
    }
    else if (!endsInSibilant(n)) add('genitiv s', 'Det var ', n, 's bästa kvartal.');
    else add('genitiv (s-slut)', 'Det var ', n, ' bästa kvartal.');
    add('bindestreck -koncernen', 'Hela ', n, '-koncernen påverkas.');
    add('bindestreck -ägda', 'Det ', n, '-ägda bolaget sålde.');
    add('bindestreck + genitiv', 'Det blev ', n, '-affärens största fråga.');
    add('meningsstart', '', n, ' meddelade på fredagen att vinsten steg.');
    add('citattecken', 'Varumärket ”', n, '” såldes.');
    add('kursiv', 'Det var *', n, '*s bästa år.');
    if (multi) {
      add('hårt mellanslag', 'Aktien i ', n.replace(/ /g, '\u00a0'), ' steg.');
      add('radbrytning', 'Styrelsen i ', breakName(n, '\n'), ' sammanträdde.');
      const gen = isAcronymLike(n) ? ':s' : endsInSibilant(n) ? '' : 's';
      add('radbrytning + genitiv', 'Kritiker angrep ', breakName(n, '\n'), `${gen} plan.`);
      add('radbrytning CRLF', 'Styrelsen i ', breakName(n, '\r\n'), ' sammanträdde igen.');
      add('radbrytning i listpunkt', '- Aktien i ', breakName(n, '\n  '), ' föll.');
    }
  }
  return out;
}

export interface InflectionFigures {
  language: Language;
  mentions: number;
  found: number;
  recall: number;
  /** Forms that were missed, for the report: `name [form]`. */
  misses: string[];
  /** Mentions of these organisations found where none was written (false alarms in the same text). */
  extra: number;
  score: Prf;
}

/** Builds the article: each form in its own paragraph (blank line between). */
export function inflectionArticle(language: Language): { text: string; expected: Expected[] } {
  let text = '';
  const expected: Expected[] = [];
  for (const o of ORGS) {
    for (const f of forms(o, language)) {
      const start = text.length + f.before.length;
      expected.push({ id: o.id, start, nameEnd: start + f.name.length, form: `${o.name} [${f.form}]` });
      text += f.before + f.name + f.after + '\n\n';
    }
  }
  return { text, expected };
}

export function inflectionCheck(language: Language): InflectionFigures {
  const parsed = parseKnowledgeBaseFile({ uri: 'file:///workspace/entities.yaml', text: kbYaml() });
  if (!parsed.ok || parsed.diagnostics.some((d) => d.severity === 'error')) throw new Error('the generated workspace KB is invalid');
  const kb = KnowledgeBase.fromLayers([defaultKnowledgeBase().entities, parsed.entities]);
  const { text, expected } = inflectionArticle(language);
  const result = analyze(text, kb, { language });
  const ours = new Set(ORGS.map((o) => o.id));
  const used = new Set<number>();
  const misses: string[] = [];
  for (const e of expected) {
    const i = result.mentions.findIndex((m, k) => !used.has(k) && m.entity === e.id && m.start === e.start && m.nameEnd === e.nameEnd);
    if (i >= 0) used.add(i);
    else misses.push(e.form);
  }
  const extra = result.mentions.filter((m, k) => !used.has(k) && m.entity !== null && ours.has(m.entity)).length;
  const found = expected.length - misses.length;
  return { language, mentions: expected.length, found, recall: found / expected.length, misses, extra, score: prf({ tp: found, fp: extra, fn: misses.length }) };
}

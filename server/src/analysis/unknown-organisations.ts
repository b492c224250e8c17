// Organisations the knowledge base does not know, found by general rules of the two languages:
// corporate suffixes (`Nordvik Data AB`, `Acme Inc`), organisational head words (`Northern Rock Bank`,
// `Konsumentverket`), "the company X" / "företaget X", and acronyms. Deliberately conservative: a
// reviewer forgives a miss sooner than noise (issue 5).
import type { Token } from './tokens.js';
import { isWhitespaceGap } from './tokens.js';
import type { EntityKind, Span } from './types.js';

export interface UnknownOrganisation extends Span {
  nameEnd: number;
  kind: EntityKind;
}

const SUFFIXES = new Set(['AB', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'plc', 'PLC', 'Plc', 'GmbH', 'AG', 'ASA', 'Oyj', 'Oy', 'A/S', 'ApS', 'LLC', 'LLP', 'Corp', 'Corp.', 'Corporation', 'S.A.', 'N.V.', 'SE', 'SpA', 'S.p.A.', 'Co.']);
const COMPANY_HEADS = new Set(['Bank', 'Group', 'Holdings', 'Holding', 'Partners', 'Capital', 'Ventures', 'Technologies', 'Technology', 'Systems', 'Airlines', 'Airways', 'Motors', 'Energy', 'Pharmaceuticals', 'Pharma', 'Telecom', 'Industries', 'Labs', 'Securities', 'Insurance', 'Investments', 'Entertainment', 'Brewery', 'Foods', 'Logistics', 'Solutions', 'Software', 'Semiconductor', 'Semiconductors', 'Petroleum', 'Mining', 'Steel', 'Chemicals']);
const ORG_HEADS = new Set(['Foundation', 'Institute', 'University', 'Association', 'Council', 'Federation', 'Union', 'Ministry', 'Department', 'Fund', 'Trust', 'Society', 'Confederation', 'Chamber', 'Organisation', 'Organization', 'Committee', 'Court']);
const REGULATOR_HEADS = new Set(['Authority', 'Agency', 'Commission', 'Bureau', 'Inspectorate', 'Regulator', 'Ombudsman', 'Supervisor']);
const SV_COMPOUND_HEADS: ReadonlyArray<[RegExp, EntityKind]> = [
  [/\p{Ll}(verket|inspektionen|myndigheten|nämnden)$/u, 'regulator'],
  [/\p{Ll}(förbundet|institutet|föreningen|fonden|universitetet|organisationen)$/u, 'organisation'],
  [/\p{Ll}(banken|bolaget|koncernen|varvet|rederiet)$/u, 'company'],
];
const INTRODUCERS = new Set(['company', 'firm', 'group', 'startup', 'start-up', 'företaget', 'bolaget', 'koncernen', 'startupen', 'techbolaget', 'techföretaget', 'banken', 'fintechbolaget', 'uppstartsbolaget']);
const ACRONYM_STOP = new Set(
  'AI AB AG AM AR API ASA BNP CEO CFO CIO COO CTO CET CO2 COVID CPU DNA EBIT EBITDA ESG ETF EV EVS FAQ FOU GDP GMT GPU HR HTML ICT ID II III IPO IT IV IX KPI LED LLC LNG MEP MP MPS NFT NV OK OS PC PDF PLC PM PR Q1 Q2 Q3 Q4 RD ROI SA SAAS SEK USD EUR GBP NOK DKK CHF JPY CNY SME SMS TV UK US USA UTC VAT VD VI VII VIII VR XL XXL B2B B2C EU FN UN OECD IMF NATO WHO CO ETA PS NB OBS RIP TBD TODO UPPDATERAD UPDATE'.split(' '),
);

function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t[0]!;
  return ch !== ch.toLowerCase();
}

function isAcronym(t: string): boolean {
  if (t.length < 2 || t.length > 6) return false;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '&') continue;
    if (ch.toUpperCase() !== ch || ch.toLowerCase() === ch) return false;
    letters++;
  }
  return letters >= 2;
}

function stripGenitive(t: string): { base: string; cut: number } {
  if (t.endsWith(':s') || t.endsWith("'s") || t.endsWith('’s')) return { base: t.slice(0, -2), cut: 2 };
  return { base: t, cut: 0 };
}

/**
 * Scans one block's tokens. `taken` holds spans already claimed by KB mentions; `sentenceStarts`
 * the offsets where sentences begin (a capital there says nothing).
 */
export function findUnknownOrganisations(text: string, tokens: ReadonlyArray<Token>, taken: ReadonlyArray<Span>, sentenceStarts: ReadonlySet<number>): UnknownOrganisation[] {
  const out: UnknownOrganisation[] = [];
  const isTaken = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end) || out.some((t) => t.start < e && s < t.end);
  const adjacent = (a: number, b: number) => isWhitespaceGap(text, tokens[a]!.end, tokens[b]!.start);
  const push = (first: number, last: number, kind: EntityKind) => {
    const start = tokens[first]!.start;
    const lastTok = tokens[last]!;
    const { cut } = stripGenitive(lastTok.text);
    if (!isTaken(start, lastTok.end)) out.push({ start, end: lastTok.end, nameEnd: lastTok.end - cut, kind });
  };
  /** Extends left over capitalised tokens (and `&`) from index i, at most `max` tokens. */
  const capitalisedRunBefore = (i: number, max: number): number => {
    let first = i;
    while (first > 0 && i - first < max && adjacent(first - 1, first)) {
      const prev = tokens[first - 1]!.text;
      if (prev === '&' || isCapitalised(prev)) first--;
      else break;
    }
    while (first < i && (tokens[first]!.text === '&' || (sentenceStarts.has(tokens[first]!.start) && first + 1 < i && !isCapitalised(tokens[first + 1]!.text)))) first++;
    return first;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const { base } = stripGenitive(tok.text);
    // 1. Corporate suffix after a capitalised name.
    if (SUFFIXES.has(base) && i > 0 && adjacent(i - 1, i) && isCapitalised(tokens[i - 1]!.text)) {
      const first = capitalisedRunBefore(i - 1, 4);
      push(first, i, 'company');
      continue;
    }
    // 2. Organisational head word ending a capitalised run of two or more words.
    const headKind = REGULATOR_HEADS.has(base) ? 'regulator' : ORG_HEADS.has(base) ? 'organisation' : COMPANY_HEADS.has(base) ? 'company' : null;
    const runGoesOn = i + 1 < tokens.length && adjacent(i, i + 1) && isCapitalised(tokens[i + 1]!.text);
    if (headKind && !runGoesOn && i > 0 && adjacent(i - 1, i) && isCapitalised(tokens[i - 1]!.text)) {
      const first = capitalisedRunBefore(i - 1, 4);
      if (!(first === i - 1 && sentenceStarts.has(tokens[first]!.start) && /^(The|A|An|Den|Det|En|Ett)$/.test(tokens[first]!.text))) {
        push(first, i, headKind);
        continue;
      }
    }
    // 3. Swedish compounds naming an organisation (`Konsumentverket`), mid-sentence.
    if (isCapitalised(tok.text) && !sentenceStarts.has(tok.start) && tok.text.length > 8) {
      const hit = SV_COMPOUND_HEADS.find(([re]) => re.test(base));
      if (hit) {
        push(i, i, hit[1]);
        continue;
      }
    }
    // 4. "the company X", "företaget X".
    if (INTRODUCERS.has(tok.text.toLowerCase()) && i + 1 < tokens.length && adjacent(i, i + 1) && isCapitalised(tokens[i + 1]!.text)) {
      let last = i + 1;
      while (last + 1 < tokens.length && last - i < 3 && adjacent(last, last + 1) && isCapitalised(tokens[last + 1]!.text)) last++;
      push(i + 1, last, 'company');
      i = last;
      continue;
    }
    // 5. Acronyms (`TT`, `NHS`), unless a common abbreviation or a shouted heading.
    if (isAcronym(base) && !ACRONYM_STOP.has(base.toUpperCase())) {
      const prevShout = i > 0 && isAcronym(tokens[i - 1]!.text) && tokens[i - 1]!.text.length > 1;
      const nextShout = i + 1 < tokens.length && isAcronym(tokens[i + 1]!.text);
      if (!prevShout && !nextShout) push(i, i, 'organisation');
    }
  }
  return out;
}

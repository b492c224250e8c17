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
// Last words of a capitalised multiword name that say what kind of organisation it is.
const COMPANY_HEADS = new Set([
  'Bank', 'Group', 'Holdings', 'Holding', 'Partners', 'Capital', 'Ventures', 'Technologies', 'Technology', 'Systems', 'Airlines', 'Airways', 'Motors', 'Energy', 'Pharmaceuticals', 'Pharma', 'Telecom', 'Industries', 'Labs', 'Securities', 'Insurance', 'Investments', 'Entertainment', 'Brewery', 'Foods', 'Logistics', 'Solutions', 'Software', 'Semiconductor', 'Semiconductors', 'Petroleum', 'Mining', 'Steel', 'Chemicals',
  'Tobacco', 'Brothers', 'Bancorp', 'Financial', 'Communications', 'Networks', 'Media', 'Pictures', 'Studios', 'Records', 'Publishing', 'Publishers', 'Distributors', 'Distributor', 'Advisors', 'Advisers', 'Associates', 'Properties', 'Resources', 'Minerals', 'Metals', 'Automotive', 'Aerospace', 'Shipping', 'Railways', 'Beverages', 'Brands', 'Stores', 'Hotels', 'Resorts', 'Healthcare', 'Therapeutics', 'Electronics', 'Telecommunications', 'Wireless', 'Consulting', 'Utilities', 'Breweries', 'Exchange',
  // News media: `Financial Times`, `Helsingborgs Dagblad`, `Skånska Dagbladet`, `Sky News`.
  'Times', 'Journal', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Chronicle', 'News', 'Dagblad', 'Dagbladet', 'Tidning', 'Tidningen', 'Allehanda', 'Kuriren', 'Nyheter',
]);
const ORG_HEADS = new Set(['Stadsmission', 'Foundation', 'Institute', 'University', 'Association', 'Council', 'Federation', 'Union', 'Ministry', 'Department', 'Fund', 'Trust', 'Society', 'Confederation', 'Chamber', 'Organisation', 'Organization', 'Committee', 'Court', 'School', 'College', 'Hospital', 'Museum', 'Academy', 'Party', 'Parliament', 'Assembly', 'Office', 'Board', 'Service']);
/** Team names: a town and a plural mascot (`Solna Vikings`, `Växjö Lakers`, `Detroit Pistons`). */
const TEAM_HEADS = new Set(['Vikings', 'Eagles', 'Dolphins', 'Dragons', 'Lakers', 'Indians', 'Redhawks', 'Tigers', 'Lions', 'Bears', 'Wolves', 'Sharks', 'Hawks', 'Falcons', 'Panthers', 'Bulls', 'Raptors', 'Pistons', 'Celtics', 'Warriors', 'Knights', 'Saints', 'Pirates', 'Titans', 'Flames', 'Penguins', 'Rockets', 'Capitals', 'Stars', 'Wildcats']);
const REGULATOR_HEADS = new Set(['Authority', 'Agency', 'Commission', 'Bureau', 'Inspectorate', 'Regulator', 'Ombudsman', 'Supervisor']);
const SV_COMPOUND_HEADS: ReadonlyArray<[RegExp, EntityKind]> = [
  [/\p{Ll}(verket|inspektionen|myndigheten|nämnden)$/u, 'regulator'],
  [/\p{Ll}(förbundet|institutet|föreningen|fonden|universitetet|organisationen|polisen|partiet|kassan)$/u, 'organisation'],
  [/\p{Ll}(banken|bolaget|koncernen|varvet|rederiet|bladet|posten|tidningen)$/u, 'company'],
];
/**
 * Swedish names whose head word is a capitalised compound that can stand first in a sentence
 * (`Marknadsdomstolen förbjuder…`, `Skånepolisen höll…`, `Förvaltningsrätten anser…`): courts,
 * police authorities and agencies. Tested on the lower-cased word; the bare head alone
 * (`Polisen`, `Domstolen`) is a common noun and does not count.
 */
const SV_NAME_AT_START = /(?:tingsrätten|hovrätten|kammarrätten|förvaltningsrätten|\p{Ll}domstolen|\p{Ll}polisen|\p{Ll}verket|\p{Ll}myndigheten|\p{Ll}inspektionen)$/u;
const SV_COURTS = /(?:tingsrätten|hovrätten|kammarrätten|förvaltningsrätten|\p{Ll}domstolen)$/u;
/** Swedish names ending in a lower-case head noun after a capitalised word: `Uppsala universitet`, `Albert Bonniers förlag`. */
const SV_LOWER_HEADS: ReadonlyArray<[RegExp, EntityKind]> = [
  // Also movements, councils and churches: `Muslimska brödraskapet`, `Nordiska rådet`, `Katolska kyrkan`.
  [/^\p{Ll}*(?:gymnasium|gymnasiet|universitet|universitetet|högskola|högskolan|sjukhus|sjukhuset|museum|museet|akademien|institutet|riksförbund|förbund|förbundet|stadsmission|musikklasser|brödraskapet|rådet|rörelsen|kyrkan|samfundet|fronten|alliansen)$/u, 'organisation'],
  [/^\p{Ll}*(?:förlag|förlaget)$/u, 'company'],
];
/** Capitalised words at the start of a Swedish sentence that are no name (`Det gymnasium som…`). */
const SV_SENTENCE_WORDS = new Set(['Det', 'Den', 'De', 'En', 'Ett', 'Detta', 'Denna', 'Dessa', 'Vårt', 'Vår', 'Våra', 'Mitt', 'Min', 'Hans', 'Hennes', 'Deras', 'Sitt', 'Sin', 'Varje', 'Ett', 'Inget', 'Ingen', 'Nytt', 'Nya', 'Hela', 'Samma']);
/**
 * Common nouns that introduce a company name in apposition: `the company X`, `carmaker X`,
 * `German music publisher Bertelsmann`, `företaget X`, `flygplatsoperatören Finavia`.
 */
const INTRODUCERS = new Set([
  'company', 'companies', 'firm', 'firms', 'group', 'startup', 'start-up', 'maker', 'makers', 'carmaker', 'carmakers', 'automaker', 'airline', 'airlines', 'carrier', 'lender', 'lenders', 'insurer', 'insurers', 'retailer', 'retailers', 'supermarket', 'publisher', 'broadcaster', 'newspaper', 'giant', 'giants', 'conglomerate', 'subsidiary', 'parent', 'supplier', 'manufacturer', 'producer', 'brewer', 'miner', 'operator', 'operators', 'broker', 'bank', 'banks',
  'företaget', 'bolaget', 'koncernen', 'startupen', 'techbolaget', 'techföretaget', 'banken', 'fintechbolaget', 'uppstartsbolaget', 'tidningen', 'förlaget', 'rederiet',
]);
/**
 * Swedish sports words that introduce a team in apposition, with or without a score in the sentence:
 * `jumbon Karlskrona`, `topplagen Uppsala och Sundsvall Dragons`, `regerande mästarna Porto`.
 */
const TEAM_INTRODUCERS = new Set(['jumbon', 'topplaget', 'topplagen', 'bottenlaget', 'bottenlagen', 'serieledarna', 'serieledaren', 'serietvåan', 'mästarna', 'hemmalaget', 'bortalaget', 'storklubben', 'klubben', 'nykomlingen', 'nykomlingarna']);
/** Introducers of a regulator: `watchdog BaFin`, `tillsynsmyndigheten Finansinspektionen`. */
const REGULATOR_INTRODUCERS = new Set(['watchdog', 'regulator', 'tillsynsmyndigheten']);
/** Swedish compound introducers: `verkstadskoncernen Alfa Laval`, `holdingbolag Inka`, `modejättarna Prada`. */
const SV_INTRODUCER_SUFFIX = /\p{Ll}(?:bolaget|bolag|företaget|koncernen|operatören|jätten|jättarna|kedjan|tillverkaren|banken|förlaget|rederiet|tidningen|leverantören|gruppen)$/u;
/** Capitalised words that follow an introducer without being a name: titles, days, `I`. */
const NOT_A_NAME = new Set(['I', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Lady', 'Chairman', 'Chief', 'President', 'Director', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'The', 'A', 'An', 'In', 'On', 'At', 'For']);
/** Words before and after which a capitalised name is a team in a sentence that gives a score. */
const AGAINST = new Set(['mot', 'against', 'vs', 'v']);
const SPORT_VERBS = new Set(['vann', 'ledde', 'förlorade', 'besegrade', 'slog', 'körde', 'kvitterade', 'avancerade', 'won', 'beat', 'led', 'lost', 'drew']);
/** Capitalised sentence openers that are no team: pronouns, determiners, conjunctions. */
const NOT_A_TEAM = new Set(['Han', 'Hon', 'Hen', 'Vi', 'De', 'Det', 'Den', 'Jag', 'Du', 'Ni', 'Laget', 'Klubben', 'Sedan', 'Då', 'Men', 'Och', 'Även', 'He', 'She', 'They', 'We', 'It', 'The', 'Then', 'But', 'And', 'I']);
/** Swedish party letters after a politician's name: `Lena Ek (C)`, `(S)`, `(KD)`. */
const PARTY_LETTERS = new Set(['S', 'M', 'C', 'V', 'L', 'KD', 'MP', 'SD', 'FP']);
const ACRONYM_STOP = new Set(
  'AI AB AG AM AR API ASA BNP CEO CFO CIO COO CTO CET CO2 COVID CPU DNA EBIT EBITDA ESG ETF EV EVS FAQ FOU GDP GMT GPU HR HTML ICT ID II III IPO IT IV IX KPI LED LLC LNG MEP MP MPS NFT NV OK OS PC PDF PLC PM PR Q1 Q2 Q3 Q4 RD ROI SA SAAS SEK USD EUR GBP NOK DKK CHF JPY CNY SME SMS TV UK US USA UTC VAT VD VI VII VIII VR XL XXL B2B B2C EU FN UN OECD IMF NATO WHO CO ETA PS NB OBS RIP TBD TODO UPPDATERAD UPDATE DC NY LA UAE ROT RUT BNP BMI'.split(' '),
);

function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t[0]!;
  return ch !== ch.toLowerCase();
}

/** Whether each token of a block is capitalised (one more zero after them): reused, it is per block. */
let capitals = new Uint8Array(256);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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

/** A score between two tokens or in one (`3 – 0`, `2-1`), starting at token i; returns the tokens it spans. */
function scoreAt(text: string, tokens: ReadonlyArray<Token>, i: number): number {
  const t = tokens[i]!.text;
  if (/^\d{1,3}-\d{1,3}$/.test(t)) return 1;
  const next = tokens[i + 1];
  if (/^\d{1,3}$/.test(t) && next && /^\d{1,3}$/.test(next.text) && /^ ?[–-] ?$/.test(text.slice(tokens[i]!.end, next.start))) return 2;
  return 0;
}

/**
 * Scans one block's tokens. `taken` holds spans already claimed by KB mentions (with their entity,
 * whose kind an acronym defined in parentheses after the name inherits); `sentenceStarts` the
 * offsets where sentences begin (a capital there says nothing).
 */
export function findUnknownOrganisations(text: string, tokens: ReadonlyArray<Token>, taken: ReadonlyArray<Span & { entity?: { kind: EntityKind } | null }>, sentenceStarts: ReadonlySet<number>): UnknownOrganisation[] {
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

  /** The kind of the name an acronym defines: `Columbia Management Advisors (CAM)`. */
  const definedKind = (at: number): EntityKind | undefined => {
    if (text[at - 1] !== '(') return undefined;
    let end = at - 1;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
    const own = out.find((o) => o.end === end || o.nameEnd === end);
    if (own) return own.kind;
    return taken.find((t) => t.end === end)?.entity?.kind;
  };

  // Sentences that give a score (`3 – 0`, `2-1`) are sports reports: teams there are named by their
  // town (`mot Tingsryd`, `Nässjö – Örebro`, `Borås vann`). Found after the other rules.
  // A score starts with a digit: most blocks have none, and skip numbering their sentences.
  let hasScore = false;
  for (let i = 0; i < tokens.length && !hasScore; i++) hasScore = isDigit(tokens[i]!.text.charCodeAt(0)) && scoreAt(text, tokens, i) > 0;
  const sentenceOf: number[] = [];
  const scored = new Set<number>();
  if (hasScore) {
    let s = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (sentenceStarts.has(tokens[i]!.start) || s < 0) s++;
      sentenceOf.push(s);
      if (isDigit(tokens[i]!.text.charCodeAt(0)) && scoreAt(text, tokens, i) > 0) scored.add(s);
    }
  }
  const teamName = (k: number) => {
    const t = tokens[k];
    // Plural nouns in the definite form (`Gästerna`, `Värmlänningarna`) are people, not a club's name.
    return t !== undefined && isCapitalised(t.text) && !/^\d/.test(t.text) && !NOT_A_NAME.has(t.text) && !NOT_A_TEAM.has(t.text) && !/(?:arna|erna|orna)$/.test(t.text);
  };
  const findTeams = () => {
    for (let k = 0; k < tokens.length; k++) {
      if (!scored.has(sentenceOf[k]!)) continue;
      const t = tokens[k]!;
      // `mot X`, `against X`
      if (AGAINST.has(t.text.toLowerCase()) && k + 1 < tokens.length && adjacent(k, k + 1) && teamName(k + 1) && sentenceOf[k + 1] === sentenceOf[k]) {
        let last = k + 1;
        if (last + 1 < tokens.length && adjacent(last, last + 1) && teamName(last + 1)) last++;
        push(k + 1, last, 'organisation');
        continue;
      }
      // `Nässjö – Örebro`
      const next = tokens[k + 1];
      if (next && teamName(k) && teamName(k + 1) && /^ [–-] $/.test(text.slice(t.end, next.start)) && !(k > 0 && adjacent(k - 1, k) && isCapitalised(tokens[k - 1]!.text))) {
        push(k, k, 'organisation');
        push(k + 1, k + 1, 'organisation');
        continue;
      }
      // `Karlskrona hemma mot Tingsryd`: the team playing at home or away.
      if ((t.text === 'hemma' || t.text === 'borta') && tokens[k + 1]?.text === 'mot' && k > 0 && adjacent(k - 1, k) && teamName(k - 1) && !sentenceStarts.has(tokens[k - 1]!.start) && sentenceOf[k - 1] === sentenceOf[k]) {
        push(k - 1, k - 1, 'organisation');
        continue;
      }
      // `Borås vann`, `Gästande Linköping ledde`
      if (SPORT_VERBS.has(t.text.toLowerCase()) && k > 0 && adjacent(k - 1, k) && teamName(k - 1) && sentenceOf[k - 1] === sentenceOf[k]) {
        const first = k >= 2 && adjacent(k - 2, k - 1) && teamName(k - 2) && sentenceOf[k - 2] === sentenceOf[k] ? k - 2 : k - 1;
        push(first, k - 1, 'organisation');
      }
    }
  };

  // Every rule below needs a capitalised word at i, just before it (a suffix such as `plc`, a
  // lower-case Swedish head noun) or just after it (an introducer): nearly all words of prose are
  // lower-case between lower-case neighbours and are passed over on one look at their first letters.
  // Head words, party letters, acronyms and `Commission` are capitalised themselves; introducers
  // and lower-case head nouns are not: each rule is tried only on words of its kind.
  const n = tokens.length;
  if (capitals.length <= n) capitals = new Uint8Array(2 * n + 2);
  const cap = capitals;
  for (let i = 0; i < n; i++) cap[i] = isCapitalised(tokens[i]!.text) ? 1 : 0;
  cap[n] = 0;
  for (let i = 0; i < n; i++) {
    const capHere = cap[i] === 1;
    if (!capHere && cap[i + 1] === 0 && (i === 0 || cap[i - 1] === 0)) continue;
    const tok = tokens[i]!;
    const { base } = stripGenitive(tok.text);
    // 1. Corporate suffix after a capitalised name.
    if (SUFFIXES.has(base) && i > 0 && adjacent(i - 1, i) && cap[i - 1] === 1) {
      const first = capitalisedRunBefore(i - 1, 4);
      push(first, i, 'company');
      continue;
    }
    // 2. Organisational head word ending a capitalised run of two or more words.
    const headKind = !capHere ? null : REGULATOR_HEADS.has(base) ? 'regulator' : ORG_HEADS.has(base) || TEAM_HEADS.has(base) ? 'organisation' : COMPANY_HEADS.has(base) ? 'company' : null;
    const runGoesOn = i + 1 < tokens.length && adjacent(i, i + 1) && cap[i + 1] === 1;
    if (headKind && !runGoesOn && i > 0 && adjacent(i - 1, i) && cap[i - 1] === 1) {
      const first = capitalisedRunBefore(i - 1, 4);
      if (!(first === i - 1 && sentenceStarts.has(tokens[first]!.start) && /^(The|A|An|Den|Det|En|Ett)$/.test(tokens[first]!.text))) {
        push(first, i, headKind);
        continue;
      }
    }
    // 3. Swedish compounds naming an organisation (`Konsumentverket`), mid-sentence; courts, police
    //    and agencies also first in a sentence (`Marknadsdomstolen förbjuder…`).
    if (capHere && tok.text.length > 8) {
      const lowerBase = base.toLowerCase();
      if (!sentenceStarts.has(tok.start) || SV_NAME_AT_START.test(lowerBase)) {
        const hit = SV_COMPOUND_HEADS.find(([re]) => re.test(base)) ?? (SV_COURTS.test(lowerBase) ? [null, 'organisation' as EntityKind] : undefined);
        if (hit) {
          push(i, i, hit[1]);
          continue;
        }
      }
    }
    // 3b. A capitalised name before a lower-case Swedish head noun: `Uppsala universitet`,
    //     `Kungsholmens gymnasium`, `Albert Bonniers förlag`, `Motormännens riksförbund`.
    if (!capHere && i > 0 && adjacent(i - 1, i) && cap[i - 1] === 1) {
      const hit = SV_LOWER_HEADS.find(([re]) => re.test(tok.text));
      const prev = tokens[i - 1]!;
      if (hit && !(sentenceStarts.has(prev.start) && SV_SENTENCE_WORDS.has(prev.text))) {
        const first = capitalisedRunBefore(i - 1, 3);
        push(first, i, hit[1]);
        continue;
      }
    }
    // 4. "the company X", "carmaker X", "företaget X", "watchdog X"; plural introducers take a
    //    second name after `and`/`och` (`carmakers BMW and Daimler`).
    const lower = capHere || cap[i + 1] === 0 ? '' : tok.text.toLowerCase();
    const team = lower !== '' && TEAM_INTRODUCERS.has(lower);
    const introduces = lower !== '' && (team || INTRODUCERS.has(lower) || REGULATOR_INTRODUCERS.has(lower) || (tok.text.length > 7 && SV_INTRODUCER_SUFFIX.test(tok.text)));
    if (introduces && i + 1 < tokens.length && adjacent(i, i + 1) && !NOT_A_NAME.has(tokens[i + 1]!.text) && !(team && NOT_A_TEAM.has(tokens[i + 1]!.text))) {
      const kind: EntityKind = REGULATOR_INTRODUCERS.has(lower) ? 'regulator' : team ? 'organisation' : 'company';
      let last = i + 1;
      while (last + 1 < tokens.length && last - i < 3 && adjacent(last, last + 1) && cap[last + 1] === 1 && !NOT_A_NAME.has(tokens[last + 1]!.text)) last++;
      push(i + 1, last, kind);
      i = last;
      const conj = tokens[i + 1]?.text;
      if ((conj === 'and' || conj === 'och') && i + 2 < tokens.length && adjacent(i + 1, i + 2) && cap[i + 2] === 1 && !NOT_A_NAME.has(tokens[i + 2]!.text) && (/s$|na$/.test(lower) || /lagen$/.test(lower))) {
        let end = i + 2;
        while (end + 1 < tokens.length && end - i < 4 && adjacent(end, end + 1) && cap[end + 1] === 1) end++;
        push(i + 2, end, kind);
        i = end;
      }
      continue;
    }
    // 4b. `the Commission` standing for the European Commission (or another commission named before).
    if (base === 'Commission' && i > 0 && /^the$/i.test(tokens[i - 1]!.text) && adjacent(i - 1, i) && !(i + 1 < tokens.length && adjacent(i, i + 1) && cap[i + 1] === 1)) {
      push(i, i, 'regulator');
      continue;
    }
    // 4c. Swedish party letters after a name: `Lena Ek (C)`.
    if (capHere && PARTY_LETTERS.has(tok.text) && text[tok.start - 1] === '(' && text[tok.end] === ')' && i > 0 && cap[i - 1] === 1) {
      push(i, i, 'organisation');
      continue;
    }
    // 5. Acronyms (`TT`, `NHS`), unless a common abbreviation or a shouted heading.
    if (capHere && isAcronym(base) && !ACRONYM_STOP.has(base.toUpperCase())) {
      const prevShout = i > 0 && isAcronym(tokens[i - 1]!.text) && tokens[i - 1]!.text.length > 1;
      const nextShout = i + 1 < tokens.length && isAcronym(tokens[i + 1]!.text);
      if (!prevShout && !nextShout) push(i, i, definedKind(tok.start) ?? 'organisation');
    }
  }
  if (hasScore) findTeams();
  return out;
}

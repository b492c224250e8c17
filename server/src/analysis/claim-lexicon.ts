// Word lists and patterns of checkable claims and of attribution, per language. Every pattern is a
// plain alternation or a bounded repetition with no nested quantifiers, so each runs in linear time
// (issue 7: no catastrophic backtracking); the adversarial-input test exercises them all.
import type { ClaimReason, Language } from './types.js';

/**
 * An alternation that must stand as whole words. The left word boundary is checked by `scanWords`
 * rather than a lookbehind: a lookbehind is tried at every position of the text and made these
 * scans the most expensive step of the analysis. (JS `\b` only knows ASCII letters.)
 */
function words(body: string): RegExp {
  return new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Every whole-word match of `re` in text[from, to), as spans; one pass over the text. */
export function scanWords(re: RegExp, text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!) && LETTER_OR_DIGIT.test(text[m.index]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (end <= to) out.push({ start: m.index, end });
  }
  return out;
}

// A number, bounded to 40 more characters: an unbounded repetition makes every start inside a
// long digit run scan to its end and back, quadratic in the run (a 20,000-digit run took seconds).
// No amount in prose is longer; a longer run is no money, percentage or count at all.
const NUM_TAIL = String.raw`(?:[\d.,]|[ \u00a0\u202f](?=\d{3}(?!\d))){0,40}`;
const NUM = String.raw`\d${NUM_TAIL}`;
const MAGNITUDE_SV = 'miljarder|miljard|miljoner|miljon|mdr|mn|md|tusen|biljoner';
const MAGNITUDE_EN = 'billions|billion|millions|million|trillions|trillion|bn|mn|tn|m|k|thousand|thousands';
const CURRENCY_WORDS = 'kronor|krona|kr|sek|usd|eur|gbp|nok|dkk|chf|jpy|cny|dollar|dollars|euro|euros|pund|pounds|yen|yuan|franc|francs|rubel|rubles|roubles|rupees|rupee|pesos|peso|rand|reais|real|lira|liras|zloty|forint|ringgit|baht|shekels|dirhams|riyals|renminbi|kroner|krone|kronur|mkr|mdkr|msek|mdsek';
const CURRENCY_CODES = 'SEK|USD|EUR|GBP|NOK|DKK|CHF|JPY|CNY|US\\$';

const money = words(
  [
    // $2bn, €1.3 billion, £500m
    String.raw`[$€£¥]\s?${NUM}(?:\s?(?:${MAGNITUDE_EN}))?`,
    // SEK 3bn, USD 10 million
    String.raw`(?:${CURRENCY_CODES})\s?${NUM}(?:\s?(?:${MAGNITUDE_EN}|${MAGNITUDE_SV}))?`,
    // 15 miljoner kronor, 2 billion dollars, miljarder dollar, billions of euros
    String.raw`(?:${NUM}\s?)?(?:${MAGNITUDE_SV}|${MAGNITUDE_EN})(?:\s+of)?\s+(?:${CURRENCY_WORDS})`,
    // 500 kronor, 20 euros, 3 mkr, femtio kronor
    String.raw`${NUM}\s?(?:${CURRENCY_WORDS})`,
    String.raw`(?:tio|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\s+(?:${CURRENCY_WORDS})`,
  ].join('|'),
);

const percentage = String.raw`(?:${NUM}\s?|(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(?:%|procent|procentenheter|procentenhet|percent|per\s+cent|percentage\s+points?|pct)`;

export interface LanguageLexicon {
  reasons: Array<[ClaimReason, RegExp]>;
  /** Numbers that are not claims by themselves: years, dates, times, clock and version numbers. */
  notCount: RegExp;
  vague: RegExp;
  attribution: RegExp;
  /** Subjects that make an attribution verb name its source (pronouns, role nouns). */
  namedSubject: RegExp;
}

const MONTHS_SV = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

function countPattern(magnitudes: string): RegExp {
  // A number of two or more digits, any number with a magnitude word, a score (`2-1`, `4 – 1`) or a
  // decimal (`5,3 ton`): a measured quantity.
  return words(String.raw`\d{2}${NUM_TAIL}|\d(?:[.,]\d+)?\s?(?:${magnitudes})|(?:${magnitudes})|\d{1,3}\s?[–-]\s?\d{1,3}(?!\d|[.,]\d)|\d[.,]\d{1,3}(?![.,]?\d)`);
}

/**
 * Numbers that are labels, not quantities, in both languages: with a leading zero (`Nyhetsutdrag 01`,
 * `007`) but not the zeros of a thousands group (`10 000`, `464,000`); naming a section of a text
 * (`Section 404`, `artikel 102`, `§ 12`); or a short number ending a line or block with no
 * punctuation, as headings and labels do (`Nyhetsutdrag 12`). Each lookbehind sits after a digit
 * already matched, so it is tried at digits only.
 */
const LABEL_NUMBERS = String.raw`0(?<![\d.,][ \u00a0\u202f]?0)\d{1,3}(?![.,]\d)|(?:section|article|paragraph|chapter|clause|rule|kapitel|paragraf|artikel|punkt|§)\s?\d{1,4}|\d(?<![\d.,]\d)\d{0,2}(?=[ \t]{0,20}(?:\r?\n|$))`;

const SV: LanguageLexicon = {
  reasons: [
    ['money', money],
    ['percentage', words(percentage)],
    // `på största allvar`, `till största delen` rank nothing.
    ['ranking', words('största(?!\\s+(?:allvar|delen|del))|minsta|högsta(?!\\s+(?:domstolen|förvaltningsdomstolen))|lägsta|snabbaste|snabbast\\s+växande|bästa|sämsta|rikaste|starkaste|billigaste|dyraste|främsta|störst|flest|näst\\s+störst\\p{L}*|(?:den|det|de|världens|sveriges|landets|europas|årets|stadens|bolagets|koncernens|tidernas)\\s+mest\\s+\\p{L}+|världsledande|marknadsledande|rekordhög\\p{L}*|rekordlåg\\p{L}*|i\\s+topp|etta\\s+på|(?:blev|var|är|slutade|kom|ligger)\\s{1,3}(?:\\p{L}{1,25}\\s{1,3})?(?:etta|tvåa|trea|femma|sexa|sjua|nia|tia|elva|tolva)|(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|\\d{1,2}:[ae])\\s+plats(?:en)?|jumbo(?:n|plats\\p{L}*)?|(?:nedflyttnings|kval|medalj|slutspels)plats\\p{L}*|serieled\\p{L}*|tabelltopp\\p{L}*')],
    // `den första perioden` orders a match or a year, it claims no first.
    ['first-or-exclusive', words('exklusiv\\p{L}*|för\\s+första\\s+gången|(?:den|det|de)\\s+första(?!\\s+(?:perioden|halvleken|matchen|matcherna|omgången|kvartalet|halvåret|dagen|dagarna|veckan|veckorna|månaden|månaderna|året|åren|timmen|timmarna|minuten|minuterna|delen|etappen|ronden|säsongen|kilometern|kilometerna|metrarna|varvet|varven))|först\\s+i\\s+världen|först\\s+med|(?:den|det|de)\\s+enda|enda\\s+\\p{L}{1,25}(?:en|et|na)(?![\\p{L}])|rekord\\p{L}*|aldrig\\s+tidigare|unik\\p{L}*\\s+i\\s+världen')],
    ['forecast', words('förväntas|väntas|beräknas|spås|prognos\\p{L}*|kommer\\s+att\\s+(?:öka|växa|minska|stiga|falla|sjunka|fördubblas|halveras)')],
    [
      'undisclosed-amount',
      words(
        '(?:storlek|storleken|beloppet|belopp|summan|summa|värdet|priset|köpeskillingen|investeringen|villkoren|affärsvärdet)(?:\\s+\\p{L}+){0,4}\\s+(?:är|var|förblir|har\\s+inte)\\s+(?:\\p{L}+\\s+){0,2}(?:okänd|okänt|okända|hemlig|hemligt|hemliga|inte\\s+offentlig\\p{L}*|offentliggjorts|avslöjats)|inte\\s+offentliggjort\\p{L}*|ej\\s+offentliggjord\\p{L}*|hemlig\\s+summa|okänd\\s+summa|okänt\\s+belopp|vill\\s+inte\\s+(?:avslöja|uppge)',
      ),
    ],
    ['count', countPattern(MAGNITUDE_SV + '|tusentals|hundratals|miljontals')],
  ],
  // Ages (`58-årige`, `19-åringen`) and decades (`40-talet`) say nothing checkable on their own.
  notCount: words(String.raw`(?:1[89]|20)\d\d(?:[-–]\d{2,4})?|\d{1,2}\s+(?:${MONTHS_SV})|(?:${MONTHS_SV})\s+\d{1,4}|\d{1,2}[.:]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,3}-åri(?:g|ga|ge)|\d{1,3}-åring(?:en|ar|arna)?|\d{2,4}-tal(?:et|s)?|\d{1,2}-tiden|(?:klockan|kl\.?)\s?\d{1,2}(?:[.:]\d{2})?|${LABEL_NUMBERS}`),
  vague: words(
    'sägs|påstås|uppges|anses|beskrivs\\s+ofta|ofta\\s+beskrivs|ses\\s+ofta\\s+som|analytiker\\s+(?:menar|tror|bedömer|räknar\\s+med)|lär\\s+(?:vara|ha)|ofta\\s+kallas|kallas\\s+ofta|brukar\\s+kallas|enligt\\s+(?:uppgifter|källor|bedömare|rykten|rapporterna|rapporter|medieuppgifter|tidningsuppgifter|flera\\s+källor|obekräftade\\s+uppgifter|vissa)|källor\\s+(?:uppger|säger|hävdar|menar)|det\\s+(?:rapporteras|spekuleras|ryktas|sägs)|bedömare\\s+(?:menar|tror|anser|säger)|experter\\s+(?:menar|tror|anser|säger)|förväntas|väntas|spås|ryktas|rykten',
  ),
  attribution: words(
    'säger|sa|sade|enligt|uppger|uppgav|meddelar|meddelade|bekräftar|bekräftade|skriver|skrev|understryker|underströk|berättar|berättade|framhåller|framhöll|menar|menade|hävdar|hävdade|konstaterar|konstaterade|påpekar|påpekade|tillkännagav|tillkännager|rapporterar|rapporterade|avslöjar|avslöjade|kommenterar|kommenterade|förklarar|förklarade|betonar|betonade|anger|angav|uppskattar|uppskattade|föreslår|föreslog|tror|anser|i\\s+ett\\s+pressmeddelande|i\\s+en\\s+kommentar|i\\s+ett\\s+uttalande|i\\s+en\\s+rapport|visar\\s+siffror|visar\\s+statistik',
  ),
  namedSubject: words(
    // Definite role nouns name a source the article has introduced: `enligt polisen`, `skriver forskarna`.
    'han|hon|hen|de|vi|jag|företaget|bolaget|banken|myndigheten|koncernen|regeringen|ministern|ledningen|styrelsen|analytiker\\p{L}*|talesperson\\p{L}*|pressansvarig\\p{L}*|vd|ordförande\\p{L}*|chef\\p{L}*|polisen|åklagaren|domstolen|tingsrätten|forskarna|forskaren|myndigheterna|tidningen|sjukhuset|kommunen|räddningstjänsten|skolan|klubben|förbundet|partiet|facket|arrangörerna?|rederiet|flygbolaget|utredningen|rapporten',
  ),
};

const EN: LanguageLexicon = {
  reasons: [
    ['money', money],
    ['percentage', words(percentage)],
    [
      'ranking',
      words(
        "largest|biggest|smallest|highest|lowest|fastest|fastest-growing|slowest|richest|poorest|strongest|weakest|cheapest|costliest|best-selling|top-selling|(?:the|its|their|world's|europe's|britain's|america's|country's|nation's)\\s+(?:most|least|best|worst)(?:\\s+\\p{L}+)?|number\\s+one|no\\.\\s?1|top\\s+(?:spot|position|ranked)|ranked\\s+(?:first|second|third|\\d+)|second-largest|third-largest|market\\s+leader|world\\s+leader|all-time\\s+high|record[\\s-](?:high|low)|(?:first|second|third|fourth|fifth|\\d{1,2}(?:st|nd|rd|th))\\s+place|(?:came|finished)\\s+(?:first|second|third|fourth|fifth|last)",
      ),
    ],
    [
      'first-or-exclusive',
      words(
        "exclusive|exclusively|exclusivity|for\\s+the\\s+first\\s+time|first-ever|(?:the|its|world's|europe's|britain's|america's)\\s+first(?!\\s+(?:quarter|half|time|day|week|month|year|round|step|place|two|three|few|nine|six))|(?:the|its)\\s+only\\s+(?:\\p{L}+\\s+)?(?:company|firm|bank|one|carrier|maker|provider|supplier)|unprecedented|record(?:-breaking|-high|-low)?\\s+(?:profits?|sales|revenues?|losses|levels?|year|highs?|lows?|numbers)|a\\s+record|never\\s+before",
      ),
    ],
    ['forecast', words('it\\s+is\\s+(?:expected|forecast|projected|predicted)\\s+that|(?:is|are|was|were|be)\\s+(?:expected|forecast|projected|predicted|set|poised|likely|due)\\s+to|expects?\\s+to|forecasts?|projections?|will\\s+(?:grow|rise|fall|reach|increase|decrease|double|halve|climb|drop)')],
    [
      'undisclosed-amount',
      words(
        "undisclosed|(?:was|were|has|have|had)\\s+not\\s+(?:been\\s+)?(?:disclosed|revealed|made\\s+public)|did\\s+not\\s+(?:disclose|reveal)|declined\\s+to\\s+(?:disclose|reveal|give)|(?:amount|sum|size|value|price|terms|fee|stake)(?:\\s+\\p{L}+){0,3}\\s+(?:is|are|was|were|remains?)\\s+(?:still\\s+|as\\s+yet\\s+|yet\\s+)?(?:unknown|undisclosed|secret|confidential)|unknown\\s+(?:amount|sum)",
      ),
    ],
    ['count', countPattern(MAGNITUDE_EN.replace('|m|k', '') + '|hundreds\\s+of|thousands\\s+of|millions\\s+of|billions\\s+of|dozens\\s+of')],
  ],
  notCount: words(String.raw`(?:1[89]|20)\d\d(?:[-–]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS_EN})|(?:${MONTHS_EN})\.?\s+\d{1,4}|\d{1,2}[.:]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,3}-year-olds?|aged\s+\d{1,3}|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|${LABEL_NUMBERS}`),
  vague: words(
    "sources\\s+(?:say|said|claim|claimed|suggest|suggested|told)|according\\s+to\\s+(?:sources|reports|people|insiders|rumou?rs|some|analysts'?|experts|estimates|market\\s+sources|\\p{L}{1,30}\\s{1,3}(?:\\p{L}{1,30}\\s{1,3})?reports)|according\\s+to\\s+(?:research|a\\s+report|a\\s+study|a\\s+survey|figures|data)\\s+(?:from|by)\\s+an?|reports\\s+(?:say|said|suggest|suggested)|it\\s+(?:was|has\\s+been)\\s+(?:reported|said|claimed|announced)|an\\s+estimated|(?:is|are|was|were)\\s+widely\\s+reported|people\\s+(?:familiar|close)\\s+(?:with|to)|reportedly|allegedly|supposedly|it\\s+is\\s+(?:expected|believed|understood|thought|said|rumou?red|reported|claimed|widely\\s+\\p{L}+)|(?:is|are|was|were)\\s+(?:said|believed|thought|rumou?red|reported|understood|widely\\s+seen|considered|seen|expected)\\s+to|(?:is|are)\\s+(?:often|widely|commonly)\\s+(?:called|seen|regarded|considered|described)|(?:often|widely|commonly)\\s+(?:described|seen|regarded|referred\\s+to|called|considered)\\s+as|it\\s+is\\s+estimated|analysts\\s+(?:say|said|believe|expect|estimate|think)|experts\\s+(?:say|said|believe)|critics\\s+(?:say|said)|observers\\s+(?:say|said)|some\\s+(?:say|believe)|many\\s+(?:believe|say)|rumou?rs?",
  ),
  attribution: words(
    // `states` only before `that` (not `United States`); `added` not before a figure (`revenues added 4%`).
    'said|says|say|told|tells|according\\s+to|announced|announces|confirmed|confirms|stated|states\\s+that|wrote|writes|reported|reports|added(?!\\s+(?:[\\d$€£]|value|support|pressure|costs?|benefits?|protection|security|incentives?))|adds(?!\\s+[\\d$€£])|blamed|blames|is\\s+projecting|are\\s+projecting|projects|(?:had|has|have)\\s+(?:previously\\s+)?forecast|explained|explains|noted|notes|disclosed|discloses|revealed|reveals|estimated|estimates|claimed|claims|argued|argues|insisted|warned|warns|commented|in\\s+a\\s+statement|in\\s+a\\s+filing|in\\s+a\\s+(?:press\\s+)?release|in\\s+a\\s+report|data\\s+from|figures\\s+from|(?:research|report|study|survey|figures|data|statistics)\\s+(?:showing|showed|shows|show)|found\\s+that',
  ),
  namedSubject: words(
    'he|she|it|they|we|i|the\\s+company|the\\s+firm|the\\s+bank|the\\s+group|the\\s+regulator|the\\s+government|the\\s+ministry|the\\s+agency|spokes(?:man|woman|person)|chief\\s+executive|executives?|officials?|analysts?\\s+at|its\\s+(?:boss|chairman|chief)',
  ),
};

export const LEXICONS: Readonly<Record<Language, LanguageLexicon>> = { sv: SV, en: EN };

// The claim rules of the guideline in docs/quality.md that keep a sentence from being a checkable
// claim (a question, a recommendation, a scheduled event, a number inside a name, an age, a period)
// and the attributions that name a source, each on invented sentences with a control sentence that
// must still be a claim.
import assert from 'node:assert/strict';
import { analyze, KnowledgeBase } from '../../../server/src/analysis/index.js';

const KB = KnowledgeBase.empty();

function reasonsOf(text: string, lang: 'sv' | 'en'): string[] {
  return analyze(text, KB, { language: lang }).claims.flatMap((c) => c.reasons);
}
function sourcedOf(text: string, lang: 'sv' | 'en'): boolean[] {
  return analyze(text, KB, { language: lang }).claims.map((c) => c.sourced);
}

describe('claim rules: what is not asserted as fact', () => {
  it('a question claims nothing, the same words as a statement do', () => {
    assert.deepEqual(reasonsOf('Will Acme cut 5,000 jobs?', 'en'), []);
    assert.deepEqual(reasonsOf('Tjänar de verkligen 80 000 kronor i månaden?', 'sv'), []);
    assert.deepEqual(reasonsOf('Är detta landets största varv?”', 'sv'), []);
    assert.deepEqual(reasonsOf('Acme will cut 5,000 jobs.', 'en'), ['count']);
    assert.deepEqual(reasonsOf('De tjänar 80 000 kronor i månaden.', 'sv'), ['money']);
  });

  it('a recommendation (bör, borde, should) claims nothing in its clause', () => {
    assert.deepEqual(reasonsOf('Sverige bör vara världsledande inom batterier.', 'sv'), []);
    assert.deepEqual(reasonsOf('Kommunen borde sänka avgiften med 2 procent.', 'sv'), []);
    assert.deepEqual(reasonsOf('Sverige är världsledande inom batterier.', 'sv'), ['ranking']);
    // Only the modal's own clause: a figure after a comma is stated as fact.
    assert.deepEqual(reasonsOf('Kommunen bör spara, och i fjol steg kostnaderna med 12 procent.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('The regulator should be the strongest in Europe.', 'en'), []);
    // English `should` also forecasts a figure: that stays a claim.
    assert.deepEqual(reasonsOf('Profits should rise 5% this year.', 'en'), ['percentage']);
  });

  it('an evaluative superlative (the best way, det bästa med) ranks nothing; a measured one does', () => {
    assert.deepEqual(reasonsOf('Det bästa med jobbet är kollegorna.', 'sv'), []);
    assert.deepEqual(reasonsOf('Selling the plant is the best way forward.', 'en'), []);
    assert.deepEqual(reasonsOf('Det var bolagets bästa kvartal hittills.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('It was the best quarter in the firm’s history.', 'en'), ['ranking']);
  });

  it('a scheduled event or an obligation is no forecast; a predicted outcome is', () => {
    assert.deepEqual(reasonsOf('The minister is expected to present the budget in March.', 'en'), []);
    assert.deepEqual(reasonsOf('The board is set to meet on Friday.', 'en'), []);
    assert.deepEqual(reasonsOf('In return, Ruritania would be expected to cut spending.', 'en'), []);
    assert.deepEqual(reasonsOf('The fall was due to the weak dollar.', 'en'), []);
    assert.deepEqual(reasonsOf('Rapporten väntas presenteras i maj.', 'sv'), []);
    assert.deepEqual(reasonsOf('Domen beräknas komma i juni.', 'sv'), []);
    assert.deepEqual(reasonsOf('Sales are expected to rise.', 'en'), ['forecast']);
    assert.deepEqual(reasonsOf('More takeovers are likely as the sector consolidates.', 'en'), ['forecast']);
    assert.deepEqual(reasonsOf('Försäljningen väntas öka.', 'sv'), ['forecast']);
    // A figure in a scheduled sentence is still a claim.
    assert.deepEqual(reasonsOf('The firm is expected to announce 2,000 job cuts.', 'en'), ['count']);
  });
});

describe('claim rules: Swedish fixed expressions and senses that claim nothing', () => {
  it('fixed expressions with a superlative rank nothing; the same words as a ranking do', () => {
    assert.deepEqual(reasonsOf('Det är inte det minsta konstigt.', 'sv'), []);
    assert.deepEqual(reasonsOf('I bästa fall blir bron klar i vår.', 'sv'), []);
    assert.deepEqual(reasonsOf('Frågan är i högsta grad politisk.', 'sv'), []);
    assert.deepEqual(reasonsOf('Den främsta orsaken är vädret.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bolaget har den minsta marknadsandelen i Norden.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon är Sveriges främsta skidåkare.', 'sv'), ['ranking']);
  });

  it('exklusiv claims exclusivity of rights and deals, not luxury; det enda vi kan göra is no claim', () => {
    assert.deepEqual(reasonsOf('De bor i exklusiva lägenheter vid vattnet.', 'sv'), []);
    assert.deepEqual(reasonsOf('Kanalen har exklusiva rättigheter till matcherna.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Bolaget är inte längre exklusivt bundet till leverantören.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Det enda vi kan göra är att vänta.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon är den enda som har vunnit loppet två gånger.', 'sv'), ['first-or-exclusive']);
  });
});

describe('claim rules: English senses that claim nothing', () => {
  it('an ordinal of a sequence, mutually exclusive, exclusive of and a record of claim nothing', () => {
    assert.deepEqual(reasonsOf('The first hearing in the case is in May.', 'en'), []);
    assert.deepEqual(reasonsOf('The two options are mutually exclusive.', 'en'), []);
    assert.deepEqual(reasonsOf('Prices are exclusive of VAT.', 'en'), []);
    assert.deepEqual(reasonsOf('The firm has a record of growth.', 'en'), []);
    assert.deepEqual(reasonsOf('It is the first bank of the group to report.', 'en'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Sales hit a record in May.', 'en'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('It signed an exclusive deal.', 'en'), ['first-or-exclusive']);
  });
});

describe('claim rules: streaks', () => {
  it('a streak is a claim in both languages', () => {
    assert.deepEqual(reasonsOf('It was the fifth year in a row that sales fell.', 'en'), ['ranking']);
    assert.deepEqual(reasonsOf('Profits fell for a third consecutive quarter.', 'en'), ['ranking']);
    assert.deepEqual(reasonsOf('Arbetslösheten steg för femte månaden i rad.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Laget tog sin tredje raka seger.', 'sv'), ['ranking']);
    // An ordinal alone orders, it claims no streak.
    assert.deepEqual(reasonsOf('The third meeting was held in Leeds.', 'en'), []);
  });
});

describe('claim rules: numbers that count nothing', () => {
  it('a number in a name (model, series, index) is no count', () => {
    assert.deepEqual(reasonsOf('Volvo 760 blev en klassiker.', 'sv'), []);
    assert.deepEqual(reasonsOf('The airline flies Boeing 747 jets to Asia.', 'en'), []);
    assert.deepEqual(reasonsOf('Saab 9-5 tillverkades i Trollhättan.', 'sv'), []);
    // A sentence-opening quantifier or a weekday before the number: a count.
    assert.deepEqual(reasonsOf('Drygt 160 personer kom till mötet.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Over 300 staff left the bank.', 'en'), ['count']);
    assert.deepEqual(reasonsOf('On Monday 300 staff walked out.', 'en'), ['count']);
    assert.deepEqual(reasonsOf('Bolaget sålde 760 bilar.', 'sv'), ['count']);
  });

  it('a number joined to a word by a hyphen names a series, and a label noun numbers a thing', () => {
    assert.deepEqual(reasonsOf('Smittan covid-19 spreds snabbt.', 'sv'), []);
    assert.deepEqual(reasonsOf('The F-16 flew over the base.', 'en'), []);
    assert.deepEqual(reasonsOf('Mötet hålls vecka 12 i Solna.', 'sv'), []);
    assert.deepEqual(reasonsOf('The board meets in week 12 and the reply is on page 40.', 'en'), []);
    // A score keeps its digits on both sides of the dash, and a count before the label stays.
    assert.deepEqual(reasonsOf('Laget vann med 3-2.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('The 12 firms met in week 12.', 'en'), ['count']);
  });

  it('the age of a person is no count', () => {
    assert.deepEqual(reasonsOf('Anna Berg (45) leder bolaget.', 'sv'), []);
    assert.deepEqual(reasonsOf('Elin Berg, 15 år, spelar i laget.', 'sv'), []);
    assert.deepEqual(reasonsOf('John Smith, 45, runs the firm.', 'en'), []);
    assert.deepEqual(reasonsOf('Reklam till barn under 16 år är förbjuden.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon fyllde 60 i somras.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bolaget har 45 anställda.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('The firm, 45 staff strong, grew.', 'en'), ['count']);
  });

  it('a season or a period that dates a figure is no count', () => {
    assert.deepEqual(reasonsOf('Säsongen 2011/12 var lång.', 'sv'), []);
    assert.deepEqual(reasonsOf('Trading in the 12 months to March was flat.', 'en'), []);
    assert.deepEqual(reasonsOf('Under de senaste 12 månaderna har bolaget bytt vd.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bolaget har bytt vd 12 gånger.', 'sv'), ['count']);
  });
});

describe('claim rules: attributions that name the source', () => {
  it('an active accusation names the accuser; a passive one does not', () => {
    assert.deepEqual(sourcedOf('The regulator had accused Acme of paying $2m to an agent.', 'en'), [true]);
    assert.deepEqual(sourcedOf('Acme was accused of paying $2m to an agent.', 'en'), [false]);
  });

  it('a participle of reporting and a report of the subject’s own name the source', () => {
    assert.deepEqual(sourcedOf('Reporting its results, the airline made a profit of £75m.', 'en'), [true]);
    assert.deepEqual(sourcedOf('In its annual report, Acme put the loss at $40m.', 'en'), [true]);
    assert.deepEqual(sourcedOf('A survey by Acme Research which showed that 40% of firms hire was published.', 'en'), [true]);
    assert.deepEqual(sourcedOf('The airline made a profit of £75m.', 'en'), [false]);
  });

  it('Swedish: the subject’s own estimate, description or report, and figures that show', () => {
    assert.deepEqual(sourcedOf('Riksbanken bedömer att inflationen stiger till 3 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('SCB:s siffror för mars visar att arbetslösheten steg till 8 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('I sin delårsrapport redovisar Acme en vinst på 3 miljoner kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Bolaget medger att förlusten blev 40 miljoner kronor.', 'sv'), [true]);
    // Object and possessive pronouns and compound role nouns name a source introduced before.
    assert.deepEqual(sourcedOf('Försäljningen ökade med 5 procent enligt honom.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kostnaden blir 40 miljoner kronor enligt hennes beräkningar.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kostnaden blir 40 miljoner kronor, säger kammaråklagaren.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Costs rose 5%, according to him.', 'en'), [true]);
    assert.deepEqual(sourcedOf('Kostnaden blir 40 miljoner kronor.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Arbetslösheten steg till 8 procent i mars.', 'sv'), [false]);
  });
});

// Round 5: rules from the errors of dev and rounds 1–4 (docs/quality.md), each on invented sentences
// with a control that must stay a claim.
describe('claim rules: Swedish superlatives and places (round 5)', () => {
  it('the adverb bäst ranks a performance; som bäst, bäst för and hur man bäst do not', () => {
    assert.deepEqual(reasonsOf('Hon var bäst på banan i lördags.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Fonderna med tillväxtaktier gick bäst under våren.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Gruppen var som bäst i slutet av turnén.', 'sv'), []);
    assert.deepEqual(reasonsOf('Ingen vet hur man bäst löser problemet.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det är bäst för alla att vänta.', 'sv'), []);
  });

  it('the masculine superlative ranks (högste, bäste svensk); högste chef and bäste vän do not', () => {
    assert.deepEqual(reasonsOf('Han är den högste officer som har åtalats i målet.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Nils Ek blev bäste svensk i loppet.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Han är koncernens högste chef sedan i våras.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han träffade sin bäste vän i Malmö.', 'sv'), []);
  });

  it('a place as one word is a ranking', () => {
    assert.deepEqual(reasonsOf('En seger och en fjärdeplats är facit efter helgen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Laget säkrade pallplatsen i sista omgången.', 'sv'), ['ranking']);
    // A place that is a location ranks nothing.
    assert.deepEqual(reasonsOf('Polisen var snabbt på platsen.', 'sv'), []);
  });

  it('one of the X-est ranks whatever the adjective; one of the latest, last or first does not', () => {
    assert.deepEqual(reasonsOf('Det är en av de vanligaste sjukdomarna bland hundar.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hamnen är en av Nordens äldsta.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon var en av de sista som lämnade salen.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det var en av de senaste händelserna i serien.', 'sv'), []);
  });

  it('behållningen of a work and i bästa + noun are idioms, no rankings', () => {
    assert.deepEqual(reasonsOf('Musiken är den största behållningen av filmen.', 'sv'), []);
    assert.deepEqual(reasonsOf('Sångerskan är den främsta behållningen i uppsättningen.', 'sv'), []);
    assert.deepEqual(reasonsOf('Huset byggdes i bästa 50-talsstil.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bolaget är den största arbetsgivaren i kommunen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Det blev bolagets bästa år någonsin.', 'sv'), ['ranking']);
  });
});

describe('claim rules: Swedish dates, decades and list numbers (round 5)', () => {
  it('a date range and a decade compound are no counts', () => {
    assert.deepEqual(reasonsOf('Festivalen pågår 12-16 juni i Umeå.', 'sv'), []);
    assert.deepEqual(reasonsOf('Mässan hålls 3 till 5 mars.', 'sv'), []);
    assert.deepEqual(reasonsOf('Huset har en tydlig 70-talsprägel.', 'sv'), []);
    assert.deepEqual(reasonsOf('Festivalen hade 12 000 besökare i juni.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Laget vann med 12-16 i juni.', 'sv'), ['count']);
  });

  it('a number opening a list line before a name and a colon is a list number', () => {
    assert.deepEqual(reasonsOf('14 Karin Boye: Kallocain', 'sv'), []);
    assert.deepEqual(reasonsOf('14 anställda fick gå i mars.', 'sv'), ['count']);
    // A lower-case word is no name: `14 anställda: ...` still counts.
    assert.deepEqual(reasonsOf('14 anställda: så många fick gå i mars.', 'sv'), ['count']);
  });
});

describe('claim rules: Swedish forecasts and schedules (round 5)', () => {
  it('a change in the present tense with i år or nästa år is a forecast; the perfect is not', () => {
    assert.deepEqual(reasonsOf('Exporten minskar något i år.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('Hyrorna blir oförändrade nästa år.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('Exporten har minskat något i år.', 'sv'), []);
  });

  it('an arrival with the subject after the verb is a schedule; a predicted figure stays a forecast', () => {
    assert.deepEqual(reasonsOf('På lördag beräknas seglarna nå målet i Visby.', 'sv'), []);
    assert.deepEqual(reasonsOf('Färjan väntas nå fram vid midnatt.', 'sv'), []);
    assert.deepEqual(reasonsOf('Omsättningen väntas nå nya höjder.', 'sv'), ['forecast']);
  });
});

describe('claim rules: Swedish attributions (round 5)', () => {
  it('the subject’s own calculation names the source', () => {
    assert.deepEqual(sourcedOf('Bolaget har räknat ut att 40 000 kunder berörs.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kommunen beräknar att kostnaden blir 12 miljoner kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kostnaden har räknats upp till 12 miljoner kronor.', 'sv'), [false]);
  });

  it('a named subject who sees X as Y names the source of the view; ser ut som does not', () => {
    assert.deepEqual(sourcedOf('Hon ser bristen på lärare som ett av skolans största problem.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Hallen ser ut som en av stadens största byggnader.', 'sv'), [false]);
  });
});

describe('claim rules: round 6 (from the errors of dev and rounds 1–5)', () => {
  it('mest ranks after any genitive, fronted before a participle and as an adverb closing its clause', () => {
    assert.deepEqual(reasonsOf('Kanalens mest sedda serie i höstas.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Det blev en av Norges mest spelade låtar.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Mest omtalad inför finalen är sångerskan Anna Ek.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Men mest hyllad blev målvakten.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Det var bullret som störde eleverna mest, visade enkäten.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Kommunen betalar mest av alla i länet.', 'sv'), ['ranking']);
    // Controls: `mest` as `mostly`, a passive verb before a preposition, `som mest`, an inverted verb,
    // an evaluative `det mest effektiva sättet`.
    assert.deepEqual(reasonsOf('Boken används mest i skolor.', 'sv'), []);
    assert.deepEqual(reasonsOf('Mest handlade det om vädret.', 'sv'), []);
    assert.deepEqual(reasonsOf('Kön var lång när trycket var som mest.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon är mest känd för sina romaner.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det mest effektiva sättet är att vänta.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han åt mest frukt i somras.', 'sv'), []);
  });

  it('an ordinal within a length of time counts (det tredje rånet på en vecka); an order does not', () => {
    assert.deepEqual(reasonsOf('Branden var den tredje i kvarteret på en vecka.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Det var det andra rånet på kort tid.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Olyckan är den femte sedan årsskiftet.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Det var den tredje matchen för laget.', 'sv'), []);
    assert.deepEqual(reasonsOf('Vi har andra problem på en gång.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon kom tillbaka en tredje gång på onsdagen.', 'sv'), []);
  });

  it('ett 40-tal and ett tiotal are approximate counts; a decade is not', () => {
    assert.deepEqual(reasonsOf('Ett 30-tal personer evakuerades från huset.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Ett tiotal bilar körde av vägen.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Tiotusentals människor demonstrerade i huvudstaden.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Huset byggdes på 30-talet.', 'sv'), []);
    assert.deepEqual(reasonsOf('Stilen är typisk för sent 1800-tal.', 'sv'), []);
  });

  it('an age in years (i 40-årsåldern) and N år sedan (a date) are no counts', () => {
    assert.deepEqual(reasonsOf('En man i 40-årsåldern greps i natt.', 'sv'), []);
    assert.deepEqual(reasonsOf('Två kvinnor i 20 – 25-årsåldern fördes till sjukhus.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bron öppnade för 35 år sedan.', 'sv'), []);
    assert.deepEqual(reasonsOf('The plant opened 35 years ago.', 'en'), []);
    assert.deepEqual(reasonsOf('En man i 40-årsåldern stal 35 cyklar.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Bron har 35 pelare.', 'sv'), ['count']);
  });

  it('a verdict or event scheduled on a date is no forecast; a predicted outcome is', () => {
    assert.deepEqual(reasonsOf('Domen väntas falla i vår.', 'sv'), []);
    assert.deepEqual(reasonsOf('Beslutet väntas komma den 14 maj.', 'sv'), []);
    assert.deepEqual(reasonsOf('Avgörandet väntas den 3 mars.', 'sv'), []);
    assert.deepEqual(reasonsOf('Aktien väntas falla kraftigt.', 'sv'), ['forecast']);
  });

  it('a present-tense change with a time ahead and lär + infinitive are forecasts', () => {
    assert.deepEqual(reasonsOf('I morgon ökar risken för halka i hela länet.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('På lördagen tilltar vinden längs kusten.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('Konflikten lär blossa upp igen i vår.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('Det lär bli trångt på vägarna.', 'sv'), ['forecast']);
    // Controls: a past change, hearsay (`lär ha`, vague), the verb `lära`.
    assert.deepEqual(reasonsOf('På lördagen tilltog vinden längs kusten.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han lär ha bott i Paris.', 'sv'), []);
    assert.deepEqual(reasonsOf('Läraren lär eleverna simma.', 'sv'), []);
    assert.deepEqual(reasonsOf('Barnen lär sig läsa tidigt.', 'sv'), []);
    assert.deepEqual(reasonsOf('Vi lär av varandra.', 'sv'), []);
  });

  it('a recommendation takes back its own clause only: a relative clause keeps its figure', () => {
    assert.deepEqual(reasonsOf('Förväntningarna borde vara höga på tränaren som har vunnit 14 titlar.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Kommunen borde anställa 14 lärare till.', 'sv'), []);
    // `som` as `as` after a verb of regard stays in the clause.
    assert.deepEqual(reasonsOf('Bolaget bör ses som världens största.', 'sv'), []);
  });

  it('a chart place of last week in brackets is a list number', () => {
    assert.deepEqual(reasonsOf('(23) Anna Ek: ”Sommarvind” 8.', 'sv'), []);
    assert.deepEqual(reasonsOf('(23) personer fick vård.', 'sv'), ['count']);
  });

  it('skriva upp or ned a forecast is no reporting verb; skrev is', () => {
    assert.deepEqual(sourcedOf('Banken skrev ned sin prognos för tillväxten till 1,2 procent.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Bolaget skrev upp värdet av fastigheterna med 40 miljoner kronor.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Tillväxten blir 1,2 procent, skrev banken i en rapport.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Banken har aviserat att 400 tjänster försvinner.', 'sv'), [true]);
  });

  it('unnamed media and bare plurals of a trade name no one', () => {
    assert.deepEqual(sourcedOf('Ett 50-tal hus förstördes, rapporterar lokala medier.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Ett 50-tal hus förstördes, rapporterar Sydsvenskan.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Output will rise 4%, economists have said.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Output will rise 4%, local media reported.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Output will rise 4%, the watchdog said.', 'en'), [true]);
  });

  it('a source named inside a relative clause after the claims covers that clause only', () => {
    assert.deepEqual(sourcedOf('Mest omtalad är sångerskan Anna Ek, som enligt tidningen sjunger på engelska.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('The best player is Eva Berg, who according to the coach will stay.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Bolaget har en kund, som enligt tidningen köpte 40 000 bilar.', 'sv'), [true]);
  });

  it('unveiled plans announces them; a dent in its accounts is no report', () => {
    assert.deepEqual(sourcedOf('The firm unveiled plans to cut 2,000 jobs.', 'en'), [true]);
    assert.deepEqual(sourcedOf('The fine will put a $2bn dent in its accounts.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Profits rose 8%, the firm said in its annual accounts.', 'en'), [true]);
  });
});

describe('claim rules: round 7 (from the errors of dev and rounds 1–6)', () => {
  it('the age of a person (after a comma, a pronoun or som blev) is no count; the age of a thing is', () => {
    assert.deepEqual(reasonsOf('Konstnären har avlidit, 81 år gammal.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon är bara 16 år gammal.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han blev 94 år.', 'sv'), []);
    assert.deepEqual(reasonsOf('Mannen greps för mordet på grannen, som blev 52 år.', 'sv'), []);
    // Controls: a thing's age, a prison term, a count in the same sentence.
    assert.deepEqual(reasonsOf('Regeln var 70 år gammal.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Kommunen rev det 25 år gamla huset.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Straffet blev 12 år.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Hon är 16 år och har vunnit 40 lopp.', 'sv'), ['count']);
  });

  it('a telephone number is no count', () => {
    assert.deepEqual(reasonsOf('Ring 112 om du ser röken.', 'sv'), []);
    assert.deepEqual(reasonsOf('Många kan inte sms:a till nödnumret 911.', 'sv'), []);
    assert.deepEqual(reasonsOf('De vill ha ett nytt larmnummer, motsvarande 112.', 'sv'), []);
    assert.deepEqual(reasonsOf('Omkring 112 personer ringde larmcentralen.', 'sv'), ['count']);
  });

  it('money in Swedish number words is money; a capitalised currency word is a name', () => {
    assert.deepEqual(reasonsOf('Man kunde köpa lotter för fem kronor styck.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Tre Kronor förlorade mot Finland.', 'sv'), []);
    // Round 7 took `inte ett öre` for no amount; revision 3 of the guideline settled it as money (an
    // amount stated as none), as rounds 8 and 9 labelled it.
    assert.deepEqual(reasonsOf('Han har inte tjänat ett öre på boken.', 'sv'), ['money']);
    // Control: `ett` as an article before a currency word is no amount.
    assert.deepEqual(reasonsOf('Kronan stärktes mot ett pund i våras.', 'sv'), []);
  });

  it('de första + a unit of distance or time orders; a place’s first and the first time stated are firsts', () => {
    assert.deepEqual(reasonsOf('Hon ledde under de första milen.', 'sv'), []);
    assert.deepEqual(reasonsOf('De första stegen var svåra.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hotellet är landets första klimatneutrala anläggning.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Det är första gången sedan 1980 som klubben vinner.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Första gången i finalen för sångerskan.', 'sv'), ['first-or-exclusive']);
    // Controls: a narrative first time, a firm's first quarter.
    assert.deepEqual(reasonsOf('Jag minns när jag kom hit första gången.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bolagets första kvartal var svagt.', 'sv'), []);
  });

  it('mest … bland, topping a league or a list, and det viktigaste rank', () => {
    assert.deepEqual(reasonsOf('Hon är mest omtyckt bland de äldre väljarna.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Efter segern toppar Malmö nu tabellen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Laget leder serien inför sista omgången.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Vårt viktigaste vapen mot smittan är tvål.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Han glömmer det viktigaste: pengarna.', 'sv'), ['ranking']);
    // Controls: `mest känd för`, `leder till att`, `viktigaste` after a genitive.
    assert.deepEqual(reasonsOf('Hon är mest känd för sina filmer.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det leder till att listan blir lång.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon spelade orkesterns viktigaste stämma.', 'sv'), []);
  });

  it('förväntas + a duty is an obligation, no forecast; tippas forecasts', () => {
    assert.deepEqual(reasonsOf('Arbetsgivarna förväntas erbjuda friskvård.', 'sv'), []);
    assert.deepEqual(reasonsOf('Kursen, som kommunen förväntas vara med och betala, startar i höst.', 'sv'), []);
    assert.deepEqual(reasonsOf('Priserna förväntas stiga.', 'sv'), ['forecast']);
    assert.deepEqual(reasonsOf('Hon tippas bli mästare.', 'sv'), ['forecast']);
  });

  it('a question broken off (a finite verb first, an ellipsis last) claims nothing', () => {
    assert.deepEqual(reasonsOf('Är inte 40 miljoner kronor för mycket…', 'sv'), []);
    assert.deepEqual(reasonsOf('Is it really 40,000 jobs...', 'en'), []);
    assert.deepEqual(reasonsOf('Det kostar 40 miljoner kronor…', 'sv'), ['money']);
  });

  it('räknar med att, befarar att, flikar in, fortsätter: and a document that shows name the source', () => {
    assert.deepEqual(sourcedOf('Skogsstyrelsen räknar med att skadorna kostar 300 miljoner kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Polisen befarar att 30 personer omkommit.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('– Bra, flikar Eva Berg in och fortsätter: – Bygget kostar 2 miljarder kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Granskningen visar att kommunen betalar 900 kronor per elev.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Försäljningen steg med 8 procent, visar e-barometern.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Nästa år är räntan 2 procent, visar prognosen.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Räntan är 2 procent enligt räntebanan.', 'sv'), [true]);
    // Controls: `tror på` is belief in; an unnamed expectation; a figure with no source.
    assert.deepEqual(sourcedOf('40 procent tror på stigande priser.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Eva Berg tror vi mycket på, hon är mest populär bland de unga.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Försäljningen steg med 8 procent.', 'sv'), [false]);
  });

  it('English: minutes that show, X now forecasts, and analysts had estimated', () => {
    assert.deepEqual(sourcedOf('Minutes of the March meeting which raised rates to 3% showed that members were split.', 'en'), [true]);
    assert.deepEqual(sourcedOf('Acme now forecasts 2006 sales of $3bn.', 'en'), [true]);
    assert.deepEqual(sourcedOf('Analysts had previously estimated that Acme would earn $2bn.', 'en'), [false]);
    assert.deepEqual(reasonsOf('The odds now favour a cut in rates.', 'en'), ['forecast']);
    // Controls: the noun `forecasts`, a named analyst.
    assert.deepEqual(sourcedOf('Growth forecasts were cut to 2%.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Analysts at Acme Bank said profits would rise 5%.', 'en'), [true]);
  });
});

describe('claim rules: round 8 (from the errors of dev and rounds 1–7, and guideline revision 2)', () => {
  function vagueOf(text: string, lang: 'sv' | 'en'): string[] {
    return analyze(text, KB, { language: lang }).diagnostics.filter((d) => d.code === 'vague-attribution').map((d) => text.slice(d.start, d.end));
  }

  it('fixed expressions of importance rank nothing', () => {
    assert.deepEqual(reasonsOf('Det är av största vikt att valen sker fritt.', 'sv'), []);
    assert.deepEqual(reasonsOf('Frågan är av högsta betydelse för regionen.', 'sv'), []);
    // Controls: the largest owner, the highest price.
    assert.deepEqual(reasonsOf('Fonden är bolagets största ägare.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Aktien nådde sitt högsta pris i fjol.', 'sv'), ['ranking']);
  });

  it('a minute of a match, a year before Christ and a number in a unit compound are no counts', () => {
    assert.deepEqual(reasonsOf('Gästerna kvitterade i den 78:e minuten.', 'sv'), []);
    assert.deepEqual(reasonsOf('Staden grundades omkring 1200 f.Kr.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bönderna odlade korn redan 3000 fKr.', 'sv'), []);
    assert.deepEqual(reasonsOf('Företaget införde en 360-gradersutvärdering av cheferna.', 'sv'), []);
    assert.deepEqual(reasonsOf('The visitors equalised in the 78th minute.', 'en'), []);
    // Controls: minutes played, a count beside the compound.
    assert.deepEqual(reasonsOf('Han spelade i 78 minuter.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Utvärderingen omfattade 360 chefer.', 'sv'), ['count']);
  });

  it('an ordinal standing for the first of several things before its verb claims no first', () => {
    assert.deepEqual(reasonsOf('Två diagram visar läget. Den första visar priserna sedan 1996.', 'sv'), []);
    // Controls: the first person to do something, a first with a noun.
    assert.deepEqual(reasonsOf('Hon var den första som klarade provet.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Det är den första elbilen från fabriken.', 'sv'), ['first-or-exclusive']);
  });

  it('a superlative adverb fronted before its verb ranks; advice does not', () => {
    assert.deepEqual(reasonsOf('Snabbast ökar användningen av surfplattor.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('– Kraftigast steg verkstadsaktierna.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Bäst är att ringa kundtjänst.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han cyklade snabbast hem.', 'sv'), []);
  });

  it('better than in a long time is a record; leading a points league and a price top rank', () => {
    assert.deepEqual(reasonsOf('Börsen mår bättre än på väldigt, väldigt länge.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Forsberg leder därmed seriens poängliga.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('I pristopp ligger Göteborg.', 'sv'), ['ranking']);
    // Controls: a long time without a comparison, leading to something.
    assert.deepEqual(reasonsOf('Vi har väntat länge på beskedet.', 'sv'), []);
    assert.deepEqual(reasonsOf('Beslutet leder till att ligan får färre lag.', 'sv'), []);
  });

  it('uttalat att, tycker att (for what follows it) and a named document name the source', () => {
    assert.deepEqual(sourcedOf('Trafikverket har uttalat att underhållet kräver 38 miljarder kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Rådgivaren tycker att lånet ska amorteras ner till 70 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('I den nya lagtexten står det att hastigheten får vara högst 110 kilometer i timmen.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Det står i avtalet att priset är 40 miljoner kronor.', 'sv'), [true]);
    // Controls: a figure before the stance is the writer's; a match score after `står det`.
    assert.deepEqual(sourcedOf('Försäljningen ökade med 20 procent, men vd:n tycker att det är för lite.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('I halvtid står det 2-1 efter 33 minuters spel.', 'sv'), [false]);
  });

  it('unnamed studies are vague, and a share that thinks something is a poll, not its source', () => {
    assert.deepEqual(sourcedOf('Det finns studier som visar att 94 procent anser att de kör bättre än andra.', 'sv'), [false]);
    assert.deepEqual(vagueOf('Det finns studier som visar att 94 procent anser att de kör bättre än andra.', 'sv'), ['studier som visar']);
    assert.deepEqual(vagueOf('Forskning visar att 30 procent av eleverna saknar behörighet.', 'sv'), ['Forskning visar']);
    assert.deepEqual(sourcedOf('Hela 64 procent av de tillfrågade anser att räntan är för hög.', 'sv'), [false]);
    // Controls: a named study, a figure before `enligt`, a named person who thinks.
    assert.deepEqual(sourcedOf('SCB:s undersökning visar att 30 procent av eleverna saknar behörighet.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Vinsten ökade med 5 procent enligt SCB.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Dödssiffran har stigit till 20, sade myndigheterna.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Ekonomen anser att räntan når 3 procent.', 'sv'), [true]);
  });
});

describe('claim rules: round 9 (from the errors of dev and rounds 1–8)', () => {
  it('rates in words: one in four, fractions, and a change by a factor', () => {
    assert.deepEqual(reasonsOf('Nästan var tionde patient smittas på sjukhuset.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Regionen står för en tredjedel av landets export.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Hälften av pengarna gick till löner.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Priset har fördubblats sedan våren.', 'sv'), ['percentage']);
    // Controls: a schedule, the other half, a plain change.
    assert.deepEqual(reasonsOf('Mässan hålls var fjärde år.', 'sv'), []);
    assert.deepEqual(reasonsOf('Den andra halvan av matchen var jämn.', 'sv'), []);
    assert.deepEqual(reasonsOf('Priset har stigit sedan våren.', 'sv'), []);
  });

  it('a banknote is money; a record of any compound is a record; winning a title ranks', () => {
    assert.deepEqual(reasonsOf('Biljetten kostar en dryg tusenlapp.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Hon satte nytt banrekord i går.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Laget tog titeln förra våren.', 'sv'), ['ranking']);
    // Controls: taking over, a record label's name in lower case is no compound record.
    assert.deepEqual(reasonsOf('Staden tar över mästerskapet efter Oslo.', 'sv'), []);
  });

  it('fronted never-before and a fronted superlative with a passive verb; any superlative after a determiner', () => {
    assert.deepEqual(reasonsOf('Aldrig har fler sökt till utbildningen.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Värst drabbas de äldre.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Presentkort hör till de vanligaste julklapparna.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Landet är i den djupaste recessionen på decennier.', 'sv'), ['ranking']);
    // Controls: the next days, advice, a personal preference, a never in the middle, an idiom.
    assert.deepEqual(reasonsOf('De närmaste dagarna kan parterna mötas.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det enklaste är att fråga.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det roligaste jag vet är att resa.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han har aldrig varit där.', 'sv'), []);
    assert.deepEqual(reasonsOf('Partierna gör sitt bästa för att vinna väljare.', 'sv'), []);
  });

  it('an instruction and a condition with the verb first assert nothing', () => {
    assert.deepEqual(reasonsOf('Lägg fisken i ugnen 45 minuter.', 'sv'), []);
    assert.deepEqual(reasonsOf('Ring: Kundtjänst 08-123 45 67, vardagar 9 – 12.', 'sv'), []);
    assert.deepEqual(reasonsOf('– Vill de inte höja avgifterna då kommer det att fattas 10 miljarder kronor.', 'sv'), []);
    assert.deepEqual(reasonsOf('Stir in the sugar and bake for 45 minutes.', 'en'), []);
    // Controls: a name that is also a verb, a year before a verb, a declarative sentence with så.
    assert.deepEqual(reasonsOf('Tina Berg blev tvåa i loppet.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('2001 var pensionsåldern 62 år, så vi jobbar längre.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Kundtjänst har 40 anställda, så kön är lång.', 'sv'), ['count']);
  });

  it('a number after a capitalised genitive with a unit is a quantity', () => {
    assert.deepEqual(reasonsOf('Han slog Gerd Müllers 40 år gamla rekord.', 'sv').includes('count'), true);
    assert.deepEqual(reasonsOf('Volvo 760 blev en symbol.', 'sv'), []);
  });

  it('valuing, estimating at, data from a named body, our report; a figure before a report with att is not covered', () => {
    assert.deepEqual(sourcedOf('Samlingen värderar han till sex miljoner euro.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Regeringens utvärdering beräknar antalet till 1,5 miljoner.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Avbrotten fördubblades förra året, visar uppgifter från Energimarknadsinspektionen.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Vår nya rapport ”Fiske i dag” visar att var tredje räka dumpas.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Guldpriset har backat 15 procent sedan i somras, Mikael Berg säger att det är normalt.', 'sv'), [false]);
    // Controls: the report covers the claim after it; a claim after the report with att.
    assert.deepEqual(sourcedOf('Mikael Berg säger att guldpriset har backat 15 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Exporten steg 5 procent, medan statistiken visar att importen sjönk 10 procent.', 'sv'), [true]);
  });
});

describe('claim rules: round 10 (from the errors of dev and rounds 1–9, and guideline revision 4)', () => {
  it('fixed expressions, a list introduced by its superlative, and the first step rank nothing', () => {
    assert.deepEqual(reasonsOf('Trafikverket sänker högsta tillåtna hastighet på vägen.', 'sv'), []);
    assert.deepEqual(reasonsOf('En förlust hade med största sannolikhet inneburit uttåg.', 'sv'), []);
    assert.deepEqual(reasonsOf('Nedan följer listan över de mest populära sökningarna.', 'sv'), []);
    assert.deepEqual(reasonsOf('Utredningen ses som det första steget mot en ny lag.', 'sv'), []);
    // Controls: the highest speed measured, the most popular search stated as fact.
    assert.deepEqual(reasonsOf('Polisen mätte den högsta hastigheten i år.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Det var den mest populära sökningen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Tvåa på listan över de mest överbetalda ligger Anna Ek.', 'sv'), ['ranking']);
  });

  it('dates with a slash, a time of day, a top-N list and a requirement with ska vara are no claims', () => {
    assert.deepEqual(reasonsOf('Replik på debattartikeln den 24 / 12.', 'sv'), []);
    assert.deepEqual(reasonsOf('Larmet kom strax före 10 på förmiddagen.', 'sv'), []);
    assert.deepEqual(reasonsOf('Tidningen publicerar en 10-i-topp-lista varje vecka.', 'sv'), []);
    assert.deepEqual(reasonsOf('År 2014 ska det bara vara 8 procent.', 'sv'), []);
    assert.deepEqual(reasonsOf('Skatteintäkterna utvecklades i linje med prognos.', 'sv'), []);
    // Controls: a plan with ska, a forecast, a count of lists.
    assert.deepEqual(reasonsOf('Bolaget ska säga upp 300 anställda.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Prognosen pekar uppåt.', 'sv'), ['forecast']);
  });

  it('firsts of a season or a career, the only goal, never before, previously unknown, a top, leading a fall', () => {
    assert.deepEqual(reasonsOf('I sin första elitseriematch stod han i mål.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Han sköt matchens enda mål.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Sändningarna var bättre än någonsin.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Radion sände den hittills okända pjäsen.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('I vinnartoppen trängdes bankerna.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Finanssektorn ledde nedgången.', 'sv'), ['ranking']);
    // Controls: the first time, ever in a question-free opinion without a comparison.
    assert.deepEqual(reasonsOf('Han kom dit sin första dag.', 'sv'), []);
    assert.deepEqual(reasonsOf('Har du någonsin varit där.', 'sv'), []);
  });

  it('an unknown amount is a claim; a named person’s age after a verb is no count', () => {
    assert.deepEqual(reasonsOf('Hur stor ersättning barnen kan vänta sig är fortfarande oklart.', 'sv'), ['undisclosed-amount']);
    assert.deepEqual(reasonsOf('Det började när Josefine Berg var 14 år och kände sig sliten.', 'sv'), []);
    // Control: a thing's term at the start of a sentence.
    assert.deepEqual(reasonsOf('Straffet blev 12 år.', 'sv'), ['count']);
  });

  it('a named body’s outlook, target or demand is its own announcement; an unowned target is not', () => {
    assert.deepEqual(sourcedOf('För 2013 ser Nordea en tillväxt på 0,8 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Assa Abloys uttalade koncernmål är en rörelsemarginal på 16 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Skatteverkets krav mot honom uppgår till 2 miljoner kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Målet är att vi ska sänka kostnaderna med 10 procent.', 'sv'), [false]);
  });
});

describe('claim rules: round 11 (from the errors of dev and rounds 1–10)', () => {
  it('rates and counts in words, amounts by magnitude, places past tenth, youngest and oldest, medals and peaks', () => {
    assert.deepEqual(reasonsOf('Varannan svensk sparar i fonder.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Nio av tio ledamöter använder tjänsten.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Ett par hundra demonstranter samlades.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Flera projekt i mångmiljonklassen planeras.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Staden delar den nittonde platsen med Luxemburg.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon är truppens yngsta deltagare.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Britterna tog silver.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Smittan nådde sin kulmen i november.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Bara två av Japans 50 reaktorer är i drift.', 'sv'), ['count']);
    // Controls: every other week, a family's youngest, a model number after a genitive, arriving early.
    assert.deepEqual(reasonsOf('Tidningen kommer ut varannan vecka.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hennes yngsta dotter börjar skolan.', 'sv'), []);
    assert.deepEqual(reasonsOf('Saabs 9000 blev en klassiker.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon kom elva dagar för tidigt.', 'sv'), []);
    assert.deepEqual(reasonsOf('De talar om den här typen av miljardaffärer.', 'sv'), []);
  });

  it('dates by a length of time, age groups, prize categories and the highest court are no claims', () => {
    assert.deepEqual(reasonsOf('20 år senare är drömprojektet färdigt.', 'sv'), []);
    assert.deepEqual(reasonsOf('Han slutar på radion efter 25 år.', 'sv'), []);
    assert.deepEqual(reasonsOf('Klubben tittar på 13-14-åringarna.', 'sv'), []);
    assert.deepEqual(reasonsOf('Fem titlar tävlar om priset för bästa bok.', 'sv'), []);
    assert.deepEqual(reasonsOf('Landets högsta domstol har beslutat.', 'sv'), []);
    assert.deepEqual(reasonsOf('De första av dem flyttade dit på 1980-talet.', 'sv'), []);
    // Controls: a count of years served, the first of its kind.
    assert.deepEqual(reasonsOf('Han satt i fängelse i 25 år.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Det var den första av sitt slag.', 'sv'), ['first-or-exclusive']);
  });

  it('a stance not ruled out and a demand name the source; writing a book and a disaster’s toll do not', () => {
    assert.deepEqual(sourcedOf('Han utesluter inte att det kan handla om 30 inbrott.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Byggfacken kräver 3,5 procent i löneökningar.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Då skrev hon sina memoarer, 800 sidor.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Våldsvågen krävde minst 1 100 liv.', 'sv'), [false]);
  });
});

describe('claim rules: round 12 (from the errors of dev and rounds 1–11)', () => {
  it('medal places, prizes, the worst hit, settling for silver, the most common, first to do something, one in four', () => {
    assert.deepEqual(reasonsOf('Laget ligger på en bronsplats.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Han tog hem ett andrapris.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Haninge var värst drabbade.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon fick nöja sig med silver.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Vanligast är att läkare hyrs in.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('De tog OS-guld i London.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Duon var först ut med en podcast.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Bara en av fyra patienter tillfrågas.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Avgiften är sju svenska kronor om året.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Han köpte tonvis med gödsel.', 'sv'), ['count']);
    // Controls: first in a running order, one of four friends, advice.
    assert.deepEqual(reasonsOf('Den som är först ut är sångaren.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon ringde en av fyra vänner.', 'sv'), []);
    assert.deepEqual(reasonsOf('Bäst är att ringa.', 'sv'), []);
  });

  it('an instruction, an opening-hours range, an age field and an anniversary are no claims', () => {
    assert.deepEqual(reasonsOf('Täck med folie och grädda i cirka 50 minuter.', 'sv'), []);
    assert.deepEqual(reasonsOf('Programmet visas mellan klockan 8 och 11.', 'sv'), []);
    assert.deepEqual(reasonsOf('Ålder: 30 år.', 'sv'), []);
    assert.deepEqual(reasonsOf('Möblerna fick ikonstatus 100 år efter arkitektens födelse.', 'sv'), []);
  });
});

describe('claim rules: round 13 (from the errors of dev and rounds 1–12)', () => {
  it('numbers in words above twelve count; a date, an age limit and small numbers do not', () => {
    assert.deepEqual(reasonsOf('Över hundra personer fick vård.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('I femton år har lönerna stigit.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Cykeln kostade två hundra spänn.', 'sv'), ['count']);
    // Controls: a date by years ago or later, an age limit, a small number in words.
    assert.deepEqual(reasonsOf('Det var en utopi för hundra år sedan.', 'sv'), []);
    assert.deepEqual(reasonsOf('Fyrtio år senare städar staten upp.', 'sv'), []);
    assert.deepEqual(reasonsOf('Barnen är i dag över arton år.', 'sv'), []);
    assert.deepEqual(reasonsOf('Tre politiker lämnade mötet.', 'sv'), []);
  });

  it('a lead by a margin, a first in a country and a hyphenated first rank or are firsts; a result expected at a time is a schedule', () => {
    assert.deepEqual(reasonsOf('Laget leder med tre poäng inför slutomgången.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Landstinget blir först i Sverige att sluta med proverna.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Han ska regissera sin första tv-pilot.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Ett valresultat väntas under måndagen.', 'sv'), []);
    // Control: a figure expected within a time stays a forecast.
    assert.deepEqual(reasonsOf('Försäljningen väntas under året öka med 5 procent.', 'sv'), ['forecast', 'percentage']);
  });
});

describe('claim rules: round 14 (from the errors of dev and rounds 1–13)', () => {
  it('the rest of a group and a count before a plural adjective are counts, not model numbers', () => {
    assert.deepEqual(reasonsOf('I fjol öppnade Apoteket 24 nya apotek.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Övriga 93 är kvar i sina gamla banker.', 'sv'), ['count']);
    // Control: a model number is still part of a name.
    assert.deepEqual(reasonsOf('Han körde en Volvo 240 till jobbet.', 'sv'), []);
  });

  it('ages listed for several people, time ranges, listed day ranges, race distances, formations and type compounds count nothing', () => {
    assert.deepEqual(reasonsOf('Två män, 28 och 61 år, har anhållits.', 'sv'), []);
    assert.deepEqual(reasonsOf('Barnen, som nu är 15, 14 och 10 år gamla, bor hos honom.', 'sv'), []);
    assert.deepEqual(reasonsOf('Torsdag 13 december 10 – 11.30, Träffpunkten i Vallentuna.', 'sv'), []);
    assert.deepEqual(reasonsOf('Matcherna spelas 12-13 och 19-20 februari.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon var chanslös i försöken på 400 meter.', 'sv'), []);
    assert.deepEqual(reasonsOf('Laget ställde upp i 4 — 2 — 3 — 1 från start.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det är billigare än ett 30-dagars kort.', 'sv'), []);
    // Controls: a count of people, a distance run, a score, also with a spaced dash.
    assert.deepEqual(reasonsOf('Två män och 28 kvinnor har anhållits.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Hon sprang 400 meter på 52 sekunder.', 'sv'), ['count']);
    assert.deepEqual(reasonsOf('Han gjorde båda målen i 2 — 0-segern.', 'sv'), ['count']);
  });

  it('medals, world rankings, the forefront and more places rank; a factor in words is a rate; a new first and an unsettled amount', () => {
    assert.deepEqual(reasonsOf('Bronsmedaljörer blev två tyskar.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Den förra världsettan är klar för kvartsfinal.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Sverige ligger i framkant inom biståndet.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Svenskorna låg länge sjua i stafetten.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Grekland trefaldigar antalet vakter.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Avgiften ska öka med mer än det dubbla.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Fängelset höll dubbelt så många fångar som det var byggt för.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Fler länder än någon gång tidigare röstade ja.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Han fick matchens första gula kort.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Bidragets storlek är ännu inte klart.', 'sv'), ['undisclosed-amount']);
    // Controls: `dubbla` as dual, multiplied without a factor, a place that is no result, the first period.
    assert.deepEqual(reasonsOf('Han har dubbla medborgarskap.', 'sv'), []);
    assert.deepEqual(reasonsOf('Priserna har mångfaldigats.', 'sv'), []);
    assert.deepEqual(reasonsOf('Hon låg sjuk hela veckan.', 'sv'), []);
    assert.deepEqual(reasonsOf('Den första perioden var jämn.', 'sv'), []);
  });

  it('an unnamed document or estimate is vague; information from a named source names it', () => {
    assert.deepEqual(sourcedOf('Enligt ett pressmeddelande är satsningen en av de största någonsin.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Brottsligheten omsätter enligt beräkningar 5 miljarder per år.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('De ska enligt tidigare uppgifter från utredarna ha förskingrat 12 miljoner kronor.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Bolaget ska enligt uppgifter till Expressen ha sålt 40 procent.', 'sv'), [true]);
    // Control: `till` before the figure is the valuation, not a receiver of the information.
    assert.deepEqual(sourcedOf('Bolaget värderas enligt uppgifter till 2 miljarder kronor.', 'sv'), [false]);
    // Controls: a document with its source, estimates someone made.
    assert.deepEqual(sourcedOf('Enligt en rapport från SCB steg priserna med 5 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Hälften av trafiken kan drivas med batterier, enligt beräkningar som Norsk Industri gjort.', 'sv'), [true]);
  });
});

describe('claim rules: round 15 (from the errors of dev and rounds 1–14)', () => {
  it('results and places of a competition rank: ahead of someone, last, a seeding, a place after a name, a fronted place, the lead, a medal team', () => {
    assert.deepEqual(reasonsOf('Fransmannen vann före ryssen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Stafetten vanns av USA, närmast före Australien.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Sverige kom sist i turneringen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon är rankad tvåa i världen.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Bradford, fyra i fjärdeligan, slog ut Arsenal.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Tvåan Christian Sprenger var distanserad.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Leeds tog ledningen efter tio minuter.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Hon spelar i det svenska bronslaget.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('De bakersta vagnarna drabbades värst.', 'sv'), ['ranking']);
    assert.deepEqual(reasonsOf('Sydsudan, världens nyaste nation, har vapen.', 'sv'), ['ranking']);
    // Controls: arriving last, a place in a sentence about the place, the start of time.
    assert.deepEqual(reasonsOf('Han kom sist till mötet.', 'sv'), []);
    assert.deepEqual(reasonsOf('Ettan är en bra buss.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det har varit så sedan tidernas begynnelse.', 'sv'), []);
  });

  it('a fortune said of someone is money; idioms with bästa, a first referred back to, minute stamps and age groups are no claims', () => {
    assert.deepEqual(reasonsOf('Han var miljonär redan som ung.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Det kostar under en hundring.', 'sv'), ['money']);
    assert.deepEqual(reasonsOf('Det är en butik för miljardärer.', 'sv'), []);
    assert.deepEqual(reasonsOf('Himlen visade sig från sin bästa sida.', 'sv'), []);
    assert.deepEqual(reasonsOf('Under bästa sändningstid ber kommunen om hjälp.', 'sv'), []);
    assert.deepEqual(reasonsOf('Programmet är värre än det första.', 'sv'), []);
    assert.deepEqual(reasonsOf('49 min: Johanna Ahlm gör mål.', 'sv'), []);
    assert.deepEqual(reasonsOf('De som är friska även som 65+ lever gott.', 'sv'), []);
    // Controls: the very first of a kind is a first; a forecast with antas.
    assert.deepEqual(reasonsOf('Det var den allra första observationen i Sverige.', 'sv'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf('Arbetsplatsen antas gradvis få en ny roll.', 'sv'), ['forecast']);
  });

  it('a named body’s decision is its own announcement', () => {
    assert.deepEqual(sourcedOf('Högst 32 vargar får fällas nästa år, har Naturvårdsverket beslutat.', 'sv'), [true]);
    // Control: the same figure with no one deciding.
    assert.deepEqual(sourcedOf('Högst 32 vargar får fällas nästa år.', 'sv'), [false]);
  });
});

describe('claim rules: round 16 (from the errors of dev and rounds 1–16)', () => {
  it('a percentage in words above ten is a percentage', () => {
    assert.deepEqual(reasonsOf('Priset steg med tjugofem procent under året.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Andelen har ökat till fyrtio procent.', 'sv'), ['percentage']);
    assert.deepEqual(reasonsOf('Sales rose twenty-five percent last year.', 'en'), ['percentage']);
    // Control: a sentence with a number in words and no percentage.
    assert.deepEqual(reasonsOf('Han är sextio år gammal.', 'sv'), []);
  });

  it('a named demand or offer is its maker’s (revision 2), not the noun, an invitation or a bare participle', () => {
    assert.deepEqual(sourcedOf('Facket begärde 3 procent i löneökning.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Åklagaren begär 2 miljoner kronor i skadestånd.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kommunen har yrkat på en hyreshöjning på 2 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Kommunen bjöd 5 000 kronor.', 'sv'), [true]);
    // Controls: a treat, the noun, a participle with no auxiliary in a comparison.
    assert.deepEqual(sourcedOf('De bjöd på 200 kakor.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Han hade ett begär efter 3 miljoner.', 'sv'), [false]);
    assert.deepEqual(reasonsOf('Straffet blev 2 år, mildare än åklagare yrkat.', 'sv'), []);
  });

  it('what a named body tells and what a named proposal includes are sourced', () => {
    assert.deepEqual(sourcedOf('Nu talar polisen om att 40 personer skadades.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('I förslaget ingår en skattehöjning på 5 procent.', 'sv'), [true]);
    // Control: a package is no document.
    assert.deepEqual(sourcedOf('I paketet ingår en rabatt på 5 procent.', 'sv'), [false]);
  });

  it('unnamed figures are vague, figures from someone are not; a poll’s share after its verb is no source', () => {
    assert.deepEqual(sourcedOf('Ekonomin växte med 2 procent, enligt preliminära siffror.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Ekonomin växte med 2 procent, enligt reviderade siffror.', 'sv'), [false]);
    assert.deepEqual(sourcedOf('Av de tillfrågade uppger 16 procent att de har blivit hotade.', 'sv'), [false]);
    // Controls: a named source of figures; the company reporting a share.
    assert.deepEqual(sourcedOf('Ekonomin växte med 2 procent, enligt siffror från SCB.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Bolaget uppger att vinsten steg 16 procent.', 'sv'), [true]);
    assert.deepEqual(sourcedOf('Bolaget uppger 16 procent högre vinst.', 'sv'), [true]);
  });

  it('the cheapest way to do something judges a way, as the best way does', () => {
    assert.deepEqual(reasonsOf('Det här är det billigaste sättet att resa.', 'sv'), []);
    assert.deepEqual(reasonsOf('Det är landets billigaste bil.', 'sv'), ['ranking']);
  });
});

describe('claim rules: round 17 (from the errors of dev and rounds 1–17)', () => {
  it('fractions and factors in words are rates, not a measure of time', () => {
    assert.deepEqual(reasonsOf('Exports accounted for two-thirds of the sales.', 'en'), ['percentage']);
    assert.deepEqual(reasonsOf('A quarter of the staff left.', 'en'), ['percentage']);
    assert.deepEqual(reasonsOf('Profits doubled last year.', 'en'), ['percentage']);
    assert.deepEqual(reasonsOf('He stayed for a quarter of an hour.', 'en'), []);
  });

  it('a genitive’s first and leading rank; periods and causes do not', () => {
    assert.deepEqual(reasonsOf("It was the organisation's first ministerial meeting.", 'en'), ['first-or-exclusive']);
    assert.deepEqual(reasonsOf("He works for Japan's leading newspaper.", 'en'), ['ranking']);
    assert.deepEqual(reasonsOf('It is a market-leading product.', 'en'), ['ranking']);
    // Controls: a half-year, a week, a cause.
    assert.deepEqual(reasonsOf("The company's first-half profit rose.", 'en'), []);
    assert.deepEqual(reasonsOf("He met them in the company's first week.", 'en'), []);
    assert.deepEqual(reasonsOf('The leading cause was rain.', 'en'), []);
  });

  it('one unnamed source or an indefinite person is anonymous (revision 3), a named company or its spokesman is not', () => {
    assert.deepEqual(sourcedOf('Sales rose 5 percent, the source said.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Sales rose 5 percent, a veterinarian told colleagues.', 'en'), [false]);
    assert.deepEqual(sourcedOf('"Sales rose 5 percent," said a Tokyo dealer.', 'en'), [false]);
    assert.deepEqual(sourcedOf('Sales rose 5 percent, the company said.', 'en'), [true]);
    assert.deepEqual(sourcedOf('Sales rose 5 percent, an IBM spokesman said.', 'en'), [true]);
  });
});

// General Swedish rules for organisations the knowledge base does not list: movements, councils and
// churches named by an adjective and a lower-case head noun, teams introduced by a sports word, and
// the team playing at home or away in a match report. Invented names and sentences.
import assert from 'node:assert/strict';
import { analyze, KnowledgeBase } from '../../../server/src/analysis/index.js';

function orgs(text: string): Array<[string, string]> {
  return analyze(text, KnowledgeBase.empty(), { language: 'sv' })
    .mentions.filter((m) => m.kind === 'organisation' || m.kind === 'company' || m.kind === 'regulator')
    .map((m) => [m.text, m.kind]);
}

describe('unknown organisations: Swedish rules', () => {
  it('a capitalised word before a movement, council or church head noun names an organisation', () => {
    assert.deepEqual(orgs('I helgen samlade Gröna brödraskapet sina anhängare.'), [['Gröna brödraskapet', 'organisation']]);
    assert.deepEqual(orgs('Frågan togs upp i Baltiska rådet i går.'), [['Baltiska rådet', 'organisation']]);
    // A sentence-opening determiner or adjective is no name: `Hela rörelsen`, `Det nya rådet`.
    assert.deepEqual(orgs('Hela rörelsen växte under våren.'), []);
    assert.deepEqual(orgs('Rådet sammanträder på fredag.'), []);
  });

  it('a sports introducer names a team, also without a score, and a second one after och', () => {
    assert.deepEqual(orgs('Laget slog jumbon Norrvik på bortaplan.'), [['Norrvik', 'organisation']]);
    assert.deepEqual(orgs('Laget närmar sig topplagen Norrvik och Sjöby Falcons.'), [['Norrvik', 'organisation'], ['Sjöby Falcons', 'organisation']]);
    // A pronoun after the introducer is no team.
    assert.deepEqual(orgs('Hemmalaget De hade svårt.').filter(([n]) => n === 'De'), []);
  });

  it('in a match report, the team before `hemma mot` or `borta mot` is a team as the one after it', () => {
    assert.deepEqual(orgs('Seger även för Norrvik hemma mot Sjöby, 3 – 0.'), [['Norrvik', 'organisation'], ['Sjöby', 'organisation']]);
    // Without a score the sentence is no match report.
    assert.deepEqual(orgs('Han bor i Norrvik hemma mot stranden.'), []);
  });
});

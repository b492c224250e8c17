// Knowledge bases for the benchmark: the one an editor of the samples has (bundled default plus
// samples/entities.yaml), and generated ones of any size for the scale scenario. Generated names
// are made from syllables, never taken from the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase, KnowledgeBaseStore, parseKnowledgeBaseFile, type Entity } from '../../server/src/analysis/index.js';
import { REPO } from './corpus.js';

export const DEFAULT_KB = join(REPO, 'server/data/entities.default.yaml');
export const SAMPLE_KB = join(REPO, 'samples/entities.yaml');

/** The KB the editor of the samples works with: the bundled default under samples/entities.yaml. */
export function realisticKb(): KnowledgeBase {
  const store = new KnowledgeBaseStore(parseKnowledgeBaseFile({ uri: 'file:///default/entities.default.yaml', text: readFileSync(DEFAULT_KB, 'utf8') }).entities);
  store.update('file:///samples/entities.yaml', readFileSync(SAMPLE_KB, 'utf8'));
  return store.kb;
}

/** The first `n` entities of the bundled default KB. */
export function defaultEntities(n = Infinity): Entity[] {
  return parseKnowledgeBaseFile({ uri: 'file:///default/entities.default.yaml', text: readFileSync(DEFAULT_KB, 'utf8') }).entities.slice(0, n);
}

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 'sk', 't', 'tr', 'v', 'vr', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'ei', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'k', 'st', 'nd', 'rk', 'x', 'm', 'ng'];
/** Real words that start or end organisation names, so generated names share trie paths with prose. */
const HEADS = ['The', 'Bank', 'European', 'North', 'First', 'Nordic', 'Svenska', 'National', 'Global', 'United'];
const TAILS = ['Group', 'Bank', 'Holding', 'Energy', 'AB', 'Capital', 'Systems', 'Partners', 'Fund', 'Media'];
const KINDS = ['company', 'company', 'company', 'organisation', 'regulator', 'person', 'product', 'place'];

function syllableWord(n: number): string {
  let w = '';
  let x = n;
  const syllables = 2 + (n % 2);
  for (let i = 0; i < syllables; i++) {
    w += ONSETS[x % ONSETS.length]! + VOWELS[Math.floor(x / ONSETS.length) % VOWELS.length]! + (i === syllables - 1 ? CODAS[Math.floor(x / 7) % CODAS.length]! : '');
    x = Math.floor(x / 11) + 7 * i + 3;
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

/**
 * A knowledge-base file of `count` entries in the documented format: every entry has a name and kind,
 * most have aliases, a description and a URL, some a Wikidata id, a preferred spelling or patterns.
 */
export function generatedKbYaml(count: number): string {
  const lines: string[] = ['# Generated for the benchmark: names are made of syllables, not real organisations.', ''];
  for (let i = 0; i < count; i++) {
    const core = `${syllableWord(i * 7919 + 13)} ${syllableWord(i)}${i}`;
    const name = i % 5 === 0 ? `${HEADS[i % HEADS.length]} ${core}` : i % 5 === 1 ? `${core} ${TAILS[i % TAILS.length]}` : core;
    const kind = KINDS[i % KINDS.length]!;
    lines.push(`- id: gen-${i}`);
    lines.push(`  name: ${name}`);
    lines.push(`  kind: ${kind}`);
    if (i % 3 !== 2) lines.push(`  aliases: [${core.split(' ')[1]}, "${core.toUpperCase()}"]`);
    if (i % 2 === 0) lines.push(`  description: Generated entry number ${i} for the knowledge-base scale benchmark.`);
    if (i % 4 === 0) lines.push(`  url: https://example.org/entities/${i}`);
    if (i % 10 === 0) lines.push(`  wikidata: Q${900000000 + i}`);
    if (i % 50 === 0) lines.push(`  preferred: {sv: ${core}, en: ${core}}`);
    if (i % 100 === 0) lines.push(`  patterns:\n    - ${core.split(' ')[0]!.toLowerCase()} group*`);
    lines.push('');
  }
  return lines.join('\n');
}

/** A KB from the first `n` default entities plus `generated` generated ones, as one layer. */
export function kbOf(entities: Entity[]): KnowledgeBase {
  return KnowledgeBase.fromLayers([entities]);
}

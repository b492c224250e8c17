import assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/analysis/sentences.js';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('sentence segmentation', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    assert.deepEqual(split('Microsoft investerar. Mistral växer! Vad händer nu? Ingen vet.'), ['Microsoft investerar.', 'Mistral växer!', 'Vad händer nu?', 'Ingen vet.']);
  });
  it('survives Swedish abbreviations', () => {
    assert.deepEqual(split('Bolaget säljer bl.a. Moln och t.ex. Spel. Nästa mening.'), ['Bolaget säljer bl.a. Moln och t.ex. Spel.', 'Nästa mening.']);
  });
  it('survives English abbreviations and initialisms', () => {
    assert.deepEqual(split('Apple Inc. The U.S. Treasury said so. Mr. Smith agreed.'), ['Apple Inc. The U.S. Treasury said so.', 'Mr. Smith agreed.']);
  });
  it('never splits decimals in either notation', () => {
    assert.deepEqual(split('Vinsten steg 2,5 procent. Sales rose 1.5 percent. Done.'), ['Vinsten steg 2,5 procent.', 'Sales rose 1.5 percent.', 'Done.']);
  });
  it('keeps initials inside a sentence', () => {
    assert.deepEqual(split('The deal was signed by J. P. Morgan executives. Then it closed.'), ['The deal was signed by J. P. Morgan executives.', 'Then it closed.']);
  });
  it('keeps a closing quote with its sentence and starts anew at a dialogue dash', () => {
    assert.deepEqual(split('"We will grow." – Det är bra, säger hon. Slut.'), ['"We will grow."', '– Det är bra, säger hon.', 'Slut.']);
  });
  it('does not split before a lower-case word', () => {
    assert.deepEqual(split('It cost approx. ten million. ok then'), ['It cost approx. ten million. ok then']);
  });
  it('returns spans inside the range it was given', () => {
    const text = 'xx First one. Second one. yy';
    const spans = splitSentences(text, 3, 25);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['First one.', 'Second one.']);
  });
});

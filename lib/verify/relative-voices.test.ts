import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { FATHER_SAID, HANCOCK_ON_MARR, SOLICITOR_SAID } from '../../test-support/verify/voice-lines';
import { findQuotationSpans } from '../capture/quotation-spans';
import { peopleNamed } from './page-structure';
import { withRelativeVoices } from './relative-voices';

const HANCOCK = { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Hancock'] };
/** The reader's claims on The Pool's lines: the Health Secretary named, then (as a pronoun would be) for every quotation after. */
const NAMED = { speakerName: 'Matt Hancock', personId: 'matt-hancock', confidence: 0.9 };
const AS_PRONOUN = { ...NAMED, confidence: 0.75 };
const CONTINUED = { ...NAMED, confidence: 0.5 };

function read(text: string, claims: Parameters<typeof readerClaims>[1]) {
  const spans = findQuotationSpans(text);
  return withRelativeVoices(text, readerClaims(text, claims), spans, peopleNamed(text, [HANCOCK], spans));
}

describe('a relative speaking', () => {
  it('takes the known voice’s claim away where a relative or the family’s solicitor is the speech verb’s subject', () => {
    const text = [HANCOCK_ON_MARR, FATHER_SAID, SOLICITOR_SAID].join('\n\n');
    const [marr, father, pronoun, solicitor, again] = read(text, [NAMED, AS_PRONOUN, AS_PRONOUN, CONTINUED, CONTINUED]);
    expect(marr).toMatchObject({ personId: 'matt-hancock', confidence: 0.9 });
    expect(father).toMatchObject({ speakerName: 'Russell’s father' });
    expect(father?.personId).toBeUndefined();
    expect(solicitor).toMatchObject({ speakerName: 'The family’s solicitor' });
    expect(again?.personId).toBeUndefined();
    // "He further criticised …, saying": a pronoun follow-up, pronoun-voices.ts's to read.
    expect(pronoun?.personId).toBe('matt-hancock');
  });

  it('keeps a claim the apposition names, and one the reader read as explicitly named', () => {
    const named = FATHER_SAID.replace('Russell’s father said', 'His father, Matt Hancock, said');
    expect(read(named, [AS_PRONOUN])[0]?.personId).toBe('matt-hancock');
    expect(read(FATHER_SAID, [NAMED])[0]?.personId).toBe('matt-hancock');
  });
});

import { describe, expect, it } from 'vitest';
import { isHardWrapped, unwrapLines } from './wrapped-lines';
import { NHS_PROVIDERS_CHIEF_SAID } from '../../test-support/verify/voice-lines';

// Parliament Today's release of the LGA's response (hard-wrapped as published).
const HUDSPETH_SAID = [
  'Responding to the Public Accounts Committee’s report on Health',
  'and Social Care integration, Cllr Ian Hudspeth, Chairman of the',
  'Local Government Association’s Community Wellbeing Board, said:',
  '“Councils are determined to do all they can to ensure that',
  'exceptional, joined up, person-centred care and support is',
  'delivered in their communities.',
  '“The Government’s social care green paper must set out that',
  'long-term plan.',
].join('\n');

describe('hard-wrapped pages', () => {
  it('joins every line of a wrapped sentence, also before a capital, keeping each offset', () => {
    const unwrapped = unwrapLines(HUDSPETH_SAID);
    expect(unwrapped).toHaveLength(HUDSPETH_SAID.length);
    expect(unwrapped.split('\n')[0]).toBe(
      'Responding to the Public Accounts Committee’s report on Health and Social Care integration, Cllr Ian Hudspeth, Chairman of the Local Government Association’s Community Wellbeing Board, said:',
    );
  });

  it('keeps the breaks before a quotation mark and after a sentence’s end: the paragraphs of a wrapped page', () => {
    expect(unwrapLines(HUDSPETH_SAID).split('\n').map((line) => line.slice(0, 12))).toEqual(['Responding t', '“Councils ar', '“The Governm']);
    expect(unwrapLines(NHS_PROVIDERS_CHIEF_SAID).split('\n')).toHaveLength(2);
  });

  it('leaves alone a page whose lines are its paragraphs, headline and furniture included', () => {
    const page = [
      'Ashworth challenges Hancock over timing of NHS reorganisation',
      '© UK Parliament/Jessica Taylor',
      'Jonathan Ashworth has challenged Matt Hancock over the timing of his health and social care white paper.',
      'More information',
      'with the right funding and powers, councils can continue to lead local areas',
    ].join('\n');
    expect(unwrapLines(page)).toBe(page);
  });

  it('takes three lower-case breaks among many paragraphs for broken lines, not a wrapped page', () => {
    // The quotation's lines alone: three of their four breaks go on in lower case.
    const quoted = HUDSPETH_SAID.split('\n').slice(3).join('\n');
    expect(isHardWrapped(quoted)).toBe(true);
    // The same lines on a page whose other lines are paragraphs.
    const paragraph = HUDSPETH_SAID.split('\n').slice(0, 3).join(' ');
    const page = [...Array.from({ length: 10 }, () => paragraph), quoted].join('\n');
    expect(isHardWrapped(page)).toBe(false);
    expect(unwrapLines(page)).toBe(page);
  });
});

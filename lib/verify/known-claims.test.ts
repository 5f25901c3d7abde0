import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findMentions } from '../capture/known-mentions';
import { withKnownClaims, withShortFormClaims } from './known-claims';
import { READING_CONFIDENCE } from './page-structure';

// The corpus's own records (lib/corpus/corpus.json).
const DHSC = {
  id: 'dhsc',
  name: 'Department of Health and Social Care',
  aliases: ['DHSC', 'the department', 'Department of Health', 'the Department of Health', 'the Department of Health and Social Care'],
};
const known = { people: [{ id: 'jennifer-dixon', name: 'Jennifer Dixon', aliases: ['Dr Jennifer Dixon', 'Dr Dixon'] }], organisations: [DHSC] };

// Nursing Standard's editorial (RCNi), as the page carries it: "DH" is defined earlier on the page.
const EDITORIAL = [
  'Read a news story that highlights a problem afflicting the NHS and invariably towards the end there will be a quote attributed to a spokesperson from the Department of Health (DH).',
  "In this case, the DH spokesperson said: ‘We expect all parts of the NHS to make sure they have the right staff, in the right place, at the right time to provide safe care – that's why there are already almost 26,000 extra clinical staff, including almost 11,400 additional doctors and over 11,200 additional nurses on our wards since May 2010.’",
].join('\n\n');

describe('claims under a known voice’s name', () => {
  it('gives a claim the reader makes under a known organisation’s alias, without its id, that organisation', () => {
    // The reader's claim, as it may make it: the organisation the page's "DH" stands for, by name only.
    const [claim] = readerClaims(EDITORIAL, [{ organisationName: 'Department of Health', confidence: 0.7 }]);
    const [read] = withKnownClaims([claim as NonNullable<typeof claim>], known);
    expect(read).toMatchObject({ organisationId: 'dhsc', organisationName: 'Department of Health and Social Care', confidence: 0.7 });
    expect(read?.text.startsWith('We expect all parts of the NHS')).toBe(true);
  });

  it('matches a whole name or alias only, ignoring case and a leading “the”; never a part of one, nor a name two voices share', () => {
    const claim = (organisationName: string) => ({ text: 'words', start: 0, end: 5, organisationName, confidence: 0.7 });
    expect(withKnownClaims([claim('the department of health')], known)[0]?.organisationId).toBe('dhsc');
    expect(withKnownClaims([claim('Department of Health Northern Ireland')], known)[0]?.organisationId).toBeUndefined();
    const twin = { ...DHSC, id: 'dh-ni' };
    expect(withKnownClaims([claim('DHSC')], { people: [], organisations: [DHSC, twin] })[0]?.organisationId).toBeUndefined();
    const person = { text: 'words', start: 0, end: 5, speakerName: 'Dr Dixon', confidence: 0.9 };
    expect(withKnownClaims([person], known)[0]).toMatchObject({ personId: 'jennifer-dixon', speakerName: 'Jennifer Dixon' });
    expect(withKnownClaims([{ ...person, speakerName: 'Dixon' }], known)[0]?.personId).toBeUndefined();
  });
});

describe('an organisation shortened to its name’s last word', () => {
  const LGA = { id: 'local-government-association', name: 'Local Government Association', aliases: ['LGA', 'the LGA'] };
  const NHS_PROVIDERS = { id: 'nhs-providers', name: 'NHS Providers', aliases: [] };
  // Local Government Lawyer on the LGA's funding projections (verification's unseen-7, tuning pool since stop 19), verbatim.
  const PAGE = [
    'A fundamental change may be required in the statutory demands placed on councils, the Local Government Association has argued after warning that a prospective £16.5bn funding shortfall could force councils to significantly reduce and possibly end entire service areas.',
    'The Association said that the 28% reduction in money given to councils by central government between 2010/11 and 2014/15 had “contributed considerably to this situation”.',
  ].join('\n\n');
  const read = (text: string, organisationName = 'The Association') => {
    const organisations = [LGA, NHS_PROVIDERS];
    // The reader's claim: the capitalised subject of "said", a body it does not know.
    const claims = readerClaims(text, [{ organisationName, confidence: 0.45 }]);
    return withShortFormClaims(claims, organisations, findMentions(text, organisations))[0];
  };

  it('gives “The Association” the known organisation named before whose name ends in “Association”, at the confidence verification checks', () => {
    expect(read(PAGE)).toMatchObject({ organisationId: 'local-government-association', organisationName: 'Local Government Association', confidence: READING_CONFIDENCE });
  });

  it('gives it no organisation the page does not name before the quotation (“The Providers”, NHS Providers unnamed), and reads no other form of name', () => {
    expect(read(PAGE, 'The Providers')?.organisationId).toBeUndefined();
    const [lede, said] = PAGE.split('\n\n') as [string, string];
    expect(read([said, lede].join('\n\n'))?.organisationId).toBeUndefined();
    expect(read(PAGE, 'The Government Association')?.organisationId).toBeUndefined();
  });
});

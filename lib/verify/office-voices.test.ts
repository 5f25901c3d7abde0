import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { findMentions } from '../capture/known-mentions';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { withOfficeVoices } from './office-voices';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { HOPSON, HOPSON_OF_NHS_PROVIDERS, NEW_SPEAKER, NHS_PROVIDERS_CHIEF_SAID } from '../../test-support/verify/voice-lines';

const read = (text: string, known: { people: typeof HOPSON[]; organisations: typeof HOPSON[] }) => {
  const spans = findQuotationSpans(text);
  const people = peopleNamed(text, known.people, spans, []);
  return { reader: extractQuotes(text, known), read: withOfficeVoices(text, extractQuotes(text, known), spans, people, findMentions(text, known.organisations)) };
};

describe('an organisation’s office standing for its named holder', () => {
  it('gives “the chief executive of NHS Providers, said:” to the known person the page named as NHS Providers’ chief executive, not to the man named since', () => {
    const text = [HOPSON_OF_NHS_PROVIDERS, NEW_SPEAKER, NHS_PROVIDERS_CHIEF_SAID].join('\n\n');
    const { reader, read: result } = read(text, { people: [HOPSON], organisations: [] });
    expect(reader.at(-1)?.speakerName).toBe('Peter Carter');
    expect(result.at(-1)).toMatchObject({ personId: 'chris-hopson', speakerName: 'Chris Hopson', confidence: READING_CONFIDENCE });
    expect(READING_CONFIDENCE).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('does the same when the corpus knows the organisation too', () => {
    const text = [HOPSON_OF_NHS_PROVIDERS, NEW_SPEAKER, NHS_PROVIDERS_CHIEF_SAID].join('\n\n');
    const known = { people: [HOPSON], organisations: [{ id: 'nhs-providers', name: 'NHS Providers', aliases: [] }] };
    expect(read(text, known).read.at(-1)?.personId).toBe('chris-hopson');
  });

  it('needs the page to have named the holder with the organisation', () => {
    const text = [NEW_SPEAKER, NHS_PROVIDERS_CHIEF_SAID].join('\n\n');
    const { reader, read: result } = read(text, { people: [HOPSON], organisations: [] });
    expect(result).toEqual(reader);
  });
});

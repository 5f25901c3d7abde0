import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { proposeAuthorQuotes } from './author-voice';

describe('proposeAuthorQuotes', () => {
  it('proposes each run of prose paragraphs, skipping headings, bylines and furniture', () => {
    const text =
      'Title of the piece\n\nJane Smith\nChief Executive\n\n' +
      'We have argued for this change for years, and this bill finally delivers most of it.\n\n' +
      'But questions remain about the new powers for ministers over local services and budgets.\n\n' +
      'This was first published in the Guardian.\n\n' +
      'Jane Smith is chief executive of Acme and has led it since 2012 after a career elsewhere. Read more';
    const quotes = proposeAuthorQuotes(text, { name: 'Jane Smith' });
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toMatch(/^We have argued.*budgets\.$/s);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });

  it('covers the opinion piece’s seven body paragraphs and nothing else', () => {
    const corpus = loadBundledCorpus();
    const text = corpus.statements.find((s) => s.id === 'nhs-providers-hopson-2021-02-12')!.text;
    const [only, ...rest] = proposeAuthorQuotes(text, { name: 'Chris Hopson', personId: 'chris-hopson' });
    expect(rest).toEqual([]);
    expect(only!.text.startsWith('Patients and service users')).toBe(true);
    expect(only!.text.endsWith('from the pandemic.')).toBe(true);
  });
});

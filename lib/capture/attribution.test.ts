import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { extractQuotes } from './attribution';

const known = {
  people: [
    { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Mr Hancock', 'the Health Secretary'] },
    { id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] },
  ],
  organisations: [
    { id: 'bma', name: 'British Medical Association', aliases: ['BMA', 'the BMA'] },
    { id: 'nhs-confederation', name: 'NHS Confederation', aliases: ['NHS Confed'] },
    { id: 'nhs-providers', name: 'NHS Providers', aliases: [] },
    { id: 'dhsc', name: 'Department of Health and Social Care', aliases: ['the department'] },
  ],
};

function only(text: string) {
  const quotes = extractQuotes(text, known);
  expect(quotes).toHaveLength(1);
  const q = quotes[0]!;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

describe('extractQuotes', () => {
  it('reads "X, role of Y, said:" with an unknown person and organisation', () => {
    const q = only('Jane Smith, chief executive of the Acme Health Trust, said: "This is a welcome step."');
    expect(q).toMatchObject({
      text: 'This is a welcome step.',
      speakerName: 'Jane Smith',
      role: 'chief executive',
      organisationName: 'Acme Health Trust',
    });
    expect(q.personId).toBeUndefined();
  });

  it('reads "Y role X said:" with a known organisation named by its alias', () => {
    const q = only('NHS Confed chief executive Sam Jones said: “We need detail.”');
    expect(q).toMatchObject({
      text: 'We need detail.',
      speakerName: 'Sam Jones',
      role: 'chief executive',
      organisationName: 'NHS Confederation',
      organisationId: 'nhs-confederation',
    });
  });

  it('reads trailing attributions: "…", said X and "…", X said', () => {
    const a = only('"We are not convinced," said Priya Patel, director of policy at the BMA.');
    expect(a).toMatchObject({ text: 'We are not convinced,', speakerName: 'Priya Patel', role: 'director of policy', organisationId: 'bma' });
    const b = only('“It is rushed,” Mr Hopson said.');
    expect(b).toMatchObject({ speakerName: 'Chris Hopson', personId: 'chris-hopson' });
  });

  it('matches known people by alias and resolves pronouns to the last person named', () => {
    const text =
      'Mr Hancock said: "The time for change is now."\n\nThe BMA disagreed.\n\nHe added: "We will bottle the innovation."';
    const quotes = extractQuotes(text, known);
    expect(quotes.map((q) => q.personId)).toEqual(['matt-hancock', 'matt-hancock']);
    expect(quotes[1]!.confidence).toBeLessThan(quotes[0]!.confidence);
  });

  it('resolves "She said" to an unknown person named earlier, with her role', () => {
    const text = 'Dr Ada Lovelace, head of research at the Analytical Trust, gave a cautious welcome.\n\nShe said: "It could help."';
    expect(only(text)).toMatchObject({ speakerName: 'Ada Lovelace', role: 'head of research', organisationName: 'Analytical Trust' });
  });

  it('keeps a British-style quotation over several paragraphs as one quote', () => {
    const text = 'Jane Smith said:\n\n“First paragraph.\n\n“Second paragraph.\n\n“Third paragraph.”\n\nThe end.';
    const q = only(text);
    expect(q.text).toBe('First paragraph.\n\n“Second paragraph.\n\n“Third paragraph.');
    expect(q.speakerName).toBe('Jane Smith');
  });

  it('attributes a fragment inside reported speech to the sentence’s speaker', () => {
    const direct = only('Chris Hopson said the proposals were "keen to understand the plans".');
    expect(direct).toMatchObject({ text: 'keen to understand the plans', personId: 'chris-hopson' });
    const viaPronoun = extractQuotes('Chris Hopson spoke first. But he said the organisation is "keen to learn".', known);
    expect(viaPronoun[0]).toMatchObject({ text: 'keen to learn', personId: 'chris-hopson' });
    // A pronoun with nobody named before it resolves to nobody; the fragment, in a sentence reporting speech, is still proposed.
    const nobody = only('But he said it was "keen to learn".');
    expect(nobody).toMatchObject({ text: 'keen to learn' });
    expect(nobody.speakerName).toBeUndefined();
  });

  it('gives an organisation speaking without a person, by alias', () => {
    const q = only('Changes to tendering processes which the department said "waste a significant amount" of staff time.');
    expect(q).toMatchObject({ organisationId: 'dhsc', organisationName: 'Department of Health and Social Care' });
    expect(q.speakerName).toBeUndefined();
  });

  it('proposes an unattributed quotation with low confidence and no speaker, but not a scare quote or a title', () => {
    const q = only('The crowd chanted "we will not stand by and watch this happen" outside.');
    expect(q.speakerName).toBeUndefined();
    expect(q.confidence).toBeLessThan(0.3);
    expect(extractQuotes('The so-called "integration agenda" is back.', known)).toEqual([]);
  });

  it('proposes a fragment quoted in the headline, the first line, though nobody is named as saying it', () => {
    const headline = 'Punitive cuts to care ‘make no sense’';
    const body = 'This means that older people will undoubtedly be left to fend for themselves in their old age.';
    expect(extractQuotes(`${headline}\n\n${body}`, known)).toMatchObject([{ text: 'make no sense' }]);
    // The same words in a sentence of the body are a scare quote (a short line below that ends no sentence is another headline).
    expect(extractQuotes(`${body}\n\n${headline}.`, known)).toEqual([]);
  });

  it('proposes a fragment in a sentence reporting speech, though it cannot tell whose, but not one in a sentence nobody speaks', () => {
    const warned =
      'Targets to tackle the backlog of NHS treatments may not be enough to prevent waiting lists from growing, a health service leader warned, as he called the government’s lack of support for a workforce plan “incredibly frustrating”.';
    expect(extractQuotes(warned, known)).toMatchObject([{ text: 'incredibly frustrating' }]);
    expect(extractQuotes('Junior doctors and their supporters stage a "masked march" protest in London on February 6 Image copyright Getty Images', known)).toEqual([]);
    // Words reporting speech that are no speech verb.
    const claim = 'Headteachers, petitioning Chancellor Phillip Hammond, had joined the Worth Less? protest over what they claim are “unsustainable” funding cuts.';
    expect(extractQuotes(claim, known)).toMatchObject([{ text: 'unsustainable' }]);
    const pointed = 'The Scottish Government has pointed to health spending and staffing levels rising to “record levels” since 2007.';
    expect(extractQuotes(pointed, known)).toMatchObject([{ text: 'record levels' }]);
  });

  it('proposes the byline author for a text with no quotation marks', () => {
    const text = 'A heading\n\nWe have argued for this change for a long time and the bill now delivers much of it.\n\nRead more';
    const quotes = extractQuotes(text, known, { author: { name: 'Chris Hopson', personId: 'chris-hopson' } });
    expect(quotes).toMatchObject([{ personId: 'chris-hopson', text: 'We have argued for this change for a long time and the bill now delivers much of it.' }]);
    expect(extractQuotes(text, known)).toEqual([]);
  });
});

describe('extractQuotes on the seeds', () => {
  const corpus = loadBundledCorpus();
  const text = (id: string) => corpus.statements.find((s) => s.id === id)!.text;

  it('reads the LBC report’s sixteen quotations with speakers, roles and organisations', () => {
    const [headline, ...quotes] = extractQuotes(text('lbc-integration-plans-2021-02-11'), corpus);
    // The headline's quoted words ("Plans for more integration of NHS and social care to 'cut bureaucracy'"), with nobody named as saying them.
    expect(headline).toMatchObject({ text: 'cut bureaucracy' });
    expect(headline?.speakerName).toBeUndefined();
    expect(quotes).toHaveLength(16);
    expect(quotes.map((q) => q.personId ?? q.organisationId)).toEqual([
      'matt-hancock', 'dhsc', 'matt-hancock', 'simon-stevens', 'helen-stokes-lampard', 'helen-stokes-lampard',
      'chris-hopson', 'chris-hopson', 'chris-hopson', 'jennifer-dixon', 'richard-murray', 'richard-murray',
      'ian-hudspeth', 'jonathan-ashworth', 'chaand-nagpaul', 'chaand-nagpaul',
    ]);
    expect(quotes[6]).toMatchObject({ role: 'chief executive', organisationId: 'nhs-providers' });
    expect(quotes[14]).toMatchObject({ role: 'council chair', organisationId: 'bma' });
    expect(quotes[13]).toMatchObject({ role: 'MP', organisationId: 'labour-party' });
  });

  it('reads the press statements’ lead-ins that end in a colon before the quotation', () => {
    const cordery = extractQuotes(text('nhs-providers-cordery-2022-02-09'), corpus);
    expect(cordery).toMatchObject([{ personId: 'saffron-cordery', role: 'deputy chief executive', organisationId: 'nhs-providers' }]);
    const edwards = extractQuotes(text('nuffield-trust-edwards-2022-02-09'), corpus);
    expect(edwards).toMatchObject([{ personId: 'nigel-edwards', role: 'Chief Executive', organisationId: 'nuffield-trust' }]);
  });
});

// Constructed shapes the tuning half holds no example of (session 4): a minister's portfolio and a remit in lower case.
describe('extractQuotes: portfolios and remits belong to the role', () => {
  it('keeps "Secretary of State for …" and "Minister for …" whole, with no organisation made of the portfolio', () => {
    expect(only('Jane Smith, Secretary of State for Health and Social Care, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', role: 'Secretary of State for Health and Social Care' });
    const minister = only('Minister for Care Jane Smith said: "We will act."');
    expect(minister).toMatchObject({ speakerName: 'Jane Smith', role: 'Minister for Care' });
    expect(minister.organisationName).toBeUndefined();
    const secretary = only('The Health and Social Care Secretary, Jane Smith, said: "We will act."');
    expect(secretary).toMatchObject({ speakerName: 'Jane Smith', role: 'Health and Social Care Secretary' });
    expect(secretary.organisationName).toBeUndefined();
  });

  it('keeps a lower-case remit after "for" in the role, but a spokesperson for a named body speaks for it', () => {
    expect(only('Jane Smith, cabinet member for adult social care, said: "We will act."')).toMatchObject({ role: 'cabinet member for adult social care' });
    expect(only('Jane Smith, spokesperson for the Acme Health Trust, said: "We will act."')).toMatchObject({ role: 'spokesperson', organisationName: 'Acme Health Trust' });
  });
});

// Constructed shapes (session 4): an affiliation or a possessive organisation in a person's apposition.
describe('extractQuotes: affiliations and possessive organisations', () => {
  it('reads "X of the Y said" and "X, from Y, said" as a person with an organisation, never the organisation speaking', () => {
    expect(only('Jane Smith of the Acme Health Trust said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'Acme Health Trust' });
    expect(only('Jane Smith, from the Acme Health Trust, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'Acme Health Trust' });
    expect(only('Jane Smith, who chairs the Acme Health Trust, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'Acme Health Trust' });
  });

  it('gives both of "co-chairs A and B said" the title before them, and reads a trailing ", of the Y." affiliation', () => {
    expect(only('BMA junior doctors committee co-chairs Dr Robert Smith and Dr Jane Smith said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'British Medical Association' });
    expect(only('"We will act," said Jane Smith, of the Acme Health Trust.')).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'Acme Health Trust' });
  });

  it('starts a name after a possessive, and reads an organisation’s possessive before a remit', () => {
    expect(only('Acme Health Trust’s Jane Smith said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith' });
    expect(only('Cllr Jane Smith, Acme County Council’s cabinet member for adult social care, said: "We will act."')).toMatchObject({
      speakerName: 'Jane Smith',
      role: 'cabinet member for adult social care',
      organisationName: 'Acme County Council',
    });
  });

  it('reads "X, Y’s head of policy" and "X, a national official of Y" as role and organisation, keeping X the speaker', () => {
    expect(only('Jane Smith, the Acme Health Trust’s head of policy, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', role: 'head of policy', organisationName: 'Acme Health Trust' });
    expect(only('Jane Smith, a national official of the GMB, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', role: 'national official', organisationName: 'GMB' });
  });

  it('reads "X, chief executive and a former nurse, said" as X with one title, not an anonymous "former nurse" speaking', () => {
    expect(only('Jane Smith, chief executive and a former nurse, said: "We will act."')).toMatchObject({ speakerName: 'Jane Smith', role: 'chief executive' });
    expect(only('Jane Smith, General Secretary and Chief Executive, said: "We will act."')).toMatchObject({ role: 'General Secretary and Chief Executive' });
    expect(only('"We will act," said the union’s general secretary, Jane Smith.')).toMatchObject({ speakerName: 'Jane Smith', role: 'general secretary' });
  });
});

// Constructed (session 4): a press release quoting its own staff without naming the employer beside them.
describe('extractQuotes: the site’s own organisation', () => {
  const text = 'The Acme Health Trust has responded to the report.\n\nJane Smith said: "We will act."';
  it('gives a speaker with no organisation the organisation the site belongs to, when the page names it', () => {
    expect(extractQuotes(text, known, { site: { url: 'https://www.acmehealthtrust.org.uk/news/response' } }).at(-1)).toMatchObject({ speakerName: 'Jane Smith', organisationName: 'Acme Health Trust' });
  });

  it('gives none on a site that is not the organisation’s', () => {
    expect(extractQuotes(text, known, { site: { url: 'https://www.example-news.co.uk/story' } }).at(-1)?.organisationName).toBeUndefined();
  });
});

// Constructed (session 4): an office given without its organisation on a page about one organisation.
describe('extractQuotes: an organisation’s office given without the organisation', () => {
  it('holds the office at the first organisation the page names, but never a minister', () => {
    const text =
      'The Acme Health Trust has responded to the plans.\n\nJane Smith, chief executive, said: "We will act."\n\n' +
      'Health minister John Brown said: "We have listened."';
    expect(extractQuotes(text, known).map((q) => [q.speakerName, q.role, q.organisationName ?? null])).toEqual([
      ['Jane Smith', 'chief executive', 'Acme Health Trust'],
      ['John Brown', 'Health minister', null],
    ]);
  });
});

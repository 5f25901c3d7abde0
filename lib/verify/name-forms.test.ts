import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { findMentions } from '../capture/known-mentions';
import { firstNameVariants, isRoleAlias, peopleForPage, withNameForms } from './name-forms';

// The corpus's own records (lib/corpus/corpus.json), as the people table holds them.
const PEOPLE = [
  { id: 'helen-stokes-lampard', name: 'Helen Stokes-Lampard', aliases: ['Professor Helen Stokes-Lampard', 'Prof Helen Stokes-Lampard', 'Professor Stokes-Lampard'] },
  {
    id: 'matt-hancock',
    name: 'Matt Hancock',
    aliases: ['Matthew Hancock', 'Mr Hancock', 'the Health Secretary', 'Health Secretary Matt Hancock'],
    roles: [{ title: 'Secretary of State for Health and Social Care' }],
  },
  { id: 'matthew-taylor', name: 'Matthew Taylor', aliases: ['Mr Taylor'] },
  { id: 'richard-murray', name: 'Richard Murray', aliases: ['Mr Murray'] },
  { id: 'jennifer-dixon', name: 'Jennifer Dixon', aliases: ['Dr Jennifer Dixon', 'Dr Dixon'] },
];
const forms = withNameForms(PEOPLE);
const formsOf = (id: string) => forms.find((p) => p.id === id)?.aliases ?? [];
const named = (text: string) => findMentions(text, peopleForPage(forms, text)).map((m) => `${m.id}:${m.surface}`);

describe('the forms verification reads known people by', () => {
  it('adds a title and the surname, the double-barrelled surname with a space, and only titles of the first name’s gender', () => {
    expect(formsOf('helen-stokes-lampard')).toEqual(expect.arrayContaining(['Dr Stokes-Lampard', 'Prof Stokes-Lampard', 'Dr Stokes Lampard', 'Ms Stokes-Lampard']));
    expect(formsOf('helen-stokes-lampard')).not.toContain('Mr Stokes-Lampard');
    expect(formsOf('richard-murray')).toContain('Dr Murray');
    expect(formsOf('richard-murray')).not.toContain('Mrs Murray');
  });

  it('changes a first name only as the corpus’s own aliases do (Matt for Matthew), for everyone', () => {
    expect(firstNameVariants(PEOPLE).get('Matthew')).toEqual(new Set(['Matt']));
    expect(formsOf('matthew-taylor')).toContain('Matt Taylor');
    expect(formsOf('richard-murray').some((f) => f.startsWith('Rich'))).toBe(false);
  });

  it('takes a role alias for a role, not a name, and keeps it apart', () => {
    expect(isRoleAlias(PEOPLE[1] as (typeof PEOPLE)[number], 'the Health Secretary')).toBe(true);
    expect(isRoleAlias(PEOPLE[1] as (typeof PEOPLE)[number], 'Health Secretary Matt Hancock')).toBe(false);
    expect(formsOf('matt-hancock')).not.toContain('the Health Secretary');
    expect(forms.find((p) => p.id === 'matt-hancock')?.roleAliases).toEqual(['the Health Secretary', 'Secretary of State for Health and Social Care']);
  });

  it('takes a role’s title with its portfolio for a role alias, so the reader gives the office’s words to the person the page names', () => {
    // Nursing Notes on Matt Hancock (verification's unseen-4, tuning pool since stop 16): its second and third lines, verbatim.
    const said = 'The Secretary of State for Health and Social Care has said that “now is not the time to discuss a pay rise for nurses”.';
    const named = 'Speaking during an interview with Andrew Marr earlier this week, Matt Hancock was asked if nurses deserved a pay rise.';
    const text = [said, named].join('\n');
    expect(extractQuotes(text, { people: peopleForPage(forms, text), organisations: [] })[0]).toMatchObject({ personId: 'matt-hancock' });
    // The title without its portfolio is not one office, and on a page not naming him the title names nobody.
    expect(forms.find((p) => p.id === 'matt-hancock')?.roleAliases).not.toContain('Secretary of State');
    expect(extractQuotes(said, { people: peopleForPage(forms, said), organisations: [] })[0]?.personId).toBeUndefined();
  });

  it('uses a role alias and the bare surname only on a page naming the person', () => {
    expect(named('The Health Secretary said so.')).toEqual([]);
    expect(named('Matt Hancock was in Leeds. The Health Secretary said so.')).toEqual(['matt-hancock:Matt Hancock', 'matt-hancock:The Health Secretary']);
    expect(named('Stokes-Lampard warns of GP crisis\n\nHelen Stokes-Lampard, chair of the RCGP, said it.')).toContain('helen-stokes-lampard:Stokes-Lampard');
    expect(named('Stokes-Lampard warns of GP crisis')).toEqual([]);
  });

  it('names a role by the role alias and the role’s title, with and without its portfolio, in any case', () => {
    const role = forms.find((p) => p.id === 'matt-hancock')?.rolePattern;
    for (const words of ['the Health Secretary', 'health secretary', 'the Secretary of State for Health and Social Care', 'The Secretary of State said']) expect(role?.test(words)).toBe(true);
    expect(role?.test('the Secretary-General')).toBe(false);
    expect(forms.find((p) => p.id === 'richard-murray')?.rolePattern).toBeUndefined();
  });

  // The Health Tech Alliance's report of his RCP speech (2020), which never gives his first name.
  const SPEECH = [
    'Speaking at the Royal College of Physicians, the Secretary of State outlined his vision for the future of healthcare noting that COVID-19 had tested every part of “our infrastructure”, giving insights into what works and what does not.',
    'Hancock pledged to ensure that the health system did not fall back into “bad old habits” and vowed to “bottle” the following behaviours: collaboration (“we work better when we work together”), speed (“it doesn’t have to take weeks and months to change anything”) and innovation (“having the backing and the permission to make the change”).',
  ].join(' ');

  it('takes a surname no other known person has for them on a page naming their role, and gives them their words', () => {
    expect(named(SPEECH)).toEqual(['matt-hancock:Hancock']);
    const known = { people: peopleForPage(forms, SPEECH), organisations: [] };
    expect(extractQuotes(SPEECH, known).find((q) => q.text === 'we work better when we work together')?.personId).toBe('matt-hancock');
  });

  it('takes no surname alone without the role, after another first name, or when another known person has it', () => {
    expect(named(SPEECH.replace(/the Secretary of State/g, 'the minister'))).toEqual([]);
    expect(named('Secretary of State Tom Hancock opened it. Hancock pledged to ensure it.')).toEqual([]);
    const twoHancocks = withNameForms([...PEOPLE, { id: 'ann-hancock', name: 'Ann Hancock', aliases: [] }]);
    expect(findMentions(SPEECH, peopleForPage(twoHancocks, SPEECH))).toEqual([]);
  });

  it('takes no bare surname when the page gives it to someone else too', () => {
    expect(named('Richard Murray spoke before Andy Murray played.')).toEqual(['richard-murray:Richard Murray']);
  });

  it('does not take a capitalised word that is never a first name before the surname (“But Hancock agreed”) for someone else’s', () => {
    // East Devon Watch on the Covid inquiry (verification's unseen-7, tuning pool since stop 19), verbatim.
    const text = [
      'Matt Hancock has accepted that his claim the government threw a “protective ring” around care homes “from the start” of the pandemic was misleading.',
      'But Hancock agreed this was misleading when the words of a top government scientist were put to him.',
    ].join('\n\n');
    expect(named(text)).toEqual(['matt-hancock:Matt Hancock', 'matt-hancock:Hancock']);
  });

  it('does not take a capitalised word ending the line or sentence before the surname for someone else’s first name', () => {
    // The BMJ blog on Simon Stevens (2014): the paragraph before ends with Tony Blair's name.
    const people = withNameForms([{ id: 'simon-stevens', name: 'Simon Stevens', aliases: ['Sir Simon Stevens', 'Sir Simon'] }]);
    const text = [
      'When Simon Stevens, chief executive of NHS England, was buying his Sunday papers a few weeks ago he encountered an elderly woman.',
      'Stevens spoke at the first meeting of the network, back when he was health adviser at No 10 to former prime minister Tony Blair.',
      'Stevens’s first story was about how he spent a recent Friday night with a GP out of hours service in the east end of London. Stevens was struck.',
    ].join('\n');
    expect(findMentions(text, peopleForPage(people, text)).filter((m) => m.surface === 'Stevens')).toHaveLength(3);
  });

  it('lets the attribution reader give “Dr Stokes-Lampard” her own quotation (a name form the corpus does not list)', () => {
    // Her own curated words (lib/corpus), on a constructed page naming her by title and surname only.
    const text = 'Dr Stokes-Lampard said the bill must “remove barriers and facilitate the changes that the NHS really needs as we move into the post-pandemic recovery stage”.';
    const known = { people: peopleForPage(forms, text), organisations: [] };
    expect(extractQuotes(text, known)[0]?.personId).toBe('helen-stokes-lampard');
  });

  it('reads a double-barrelled surname written without its hyphen in the full name and alone, so the reader gives her her words', () => {
    // East Kent Training Hub on her BMJ opinion piece (2019; verification's unseen-7, tuning pool since stop 19), verbatim.
    const text = [
      'At East Kent Training Hub, we were interested to read the views of Helen Stokes Lampard, Chair of the Royal College of Physicians, on extending the standard time allowed for GP consultations.',
      '"It is this holistic, truly person-centred care that every GP aspires to deliver," Stokes Lampard writes, "but pressures on NHS general practice, indeed, the entire NHS, make it increasingly difficult for us to give our patients this kind of attention."',
    ].join('\n\n');
    expect(formsOf('helen-stokes-lampard')).toEqual(expect.arrayContaining(['Helen Stokes Lampard', 'Professor Helen Stokes Lampard']));
    expect(named(text)).toEqual(['helen-stokes-lampard:Helen Stokes Lampard', 'helen-stokes-lampard:Stokes Lampard']);
    const known = { people: peopleForPage(forms, text), organisations: [] };
    expect(extractQuotes(text, known).map((q) => q.personId)).toEqual(['helen-stokes-lampard', 'helen-stokes-lampard']);
    // Not on a page that never names her in full.
    expect(named('Stokes Lampard writes')).toEqual([]);
  });

  it('reads “Dame Jennifer” as Jennifer Dixon on a page naming her in full, so the reader gives her her words', () => {
    // The PA report of her damehood (2024), as the Forres Gazette carries it.
    const text = [
      'Dr Dame Jennifer Dixon criticised the emphasis placed on new policies and argued “we should just get on with patient care”.',
      'Asked what suggestions she would give to improve the NHS, Dame Jennifer told the PA news agency: “One is stable, increasing investment, and the other is reduce the policy churn that’s affecting and distracting and shaping it, when actually we should just get on with patient care.',
    ].join('\n\n');
    const known = { people: peopleForPage(forms, text), organisations: [] };
    expect(extractQuotes(text, known)[1]?.personId).toBe('jennifer-dixon');
    expect(named(text)).toContain('jennifer-dixon:Dame Jennifer');
  });

  it('takes no honour and first name without the full name, nor of the other gender, nor when the page gives the first name to someone else', () => {
    expect(named('Dame Jennifer told the PA news agency.')).toEqual([]);
    expect(named('Jennifer Dixon spoke. Sir Jennifer told the PA news agency.')).not.toContain('jennifer-dixon:Sir Jennifer');
    expect(named('Jennifer Dixon spoke, and so did Jennifer Smith. Dame Jennifer told the PA news agency.')).not.toContain('jennifer-dixon:Dame Jennifer');
    expect(named('Jennifer Dixon’s report was out. Dame Jennifer told the PA news agency.')).toContain('jennifer-dixon:Dame Jennifer');
  });
});

import { describe, expect, it } from 'vitest';
import { findNameCandidates, isHonorificAndSurname, surnameOf } from './person-names';

const names = (text: string) => findNameCandidates(text, 0, text.length).map((c) => c.name);

describe('findNameCandidates', () => {
  it('finds personal names with honorifics, hyphens and Mc prefixes', () => {
    expect(names('But Dr Mary-Anne McAllister met Ms Smith and Jane Smith.')).toEqual(['Dr Mary-Anne McAllister', 'Ms Smith', 'Jane Smith']);
  });

  it('does not take institutions or documents for people', () => {
    expect(names('The Integration White Paper from the Nuffield Trust and Health Foundation.')).toEqual([]);
  });

  it('keeps byline and caption words off a name, and starts a name after a title or a possessive', () => {
    expect(names('By Jane Smith • Posted Tuesday')).toEqual(['Jane Smith']);
    expect(names('Acme Society Chief Executive Jane Smith said')).toEqual(['Jane Smith']);
    expect(names('Acme Society’s Jane Smith said')).toEqual(['Jane Smith']);
  });

  it('keeps a middle initial inside a name, never the pronoun “I” (The Writers Town, fresh-7)', () => {
    expect(names('A report by Maria G Christofi, interim chief finance officer, said the budget for 2025/26 was robust.')).toEqual(['Maria G Christofi']);
    expect(names('Then Jane I Said')).not.toContain('Jane I Said');
  });

  it('takes no question’s auxiliary or body’s preposition for part of a name (Guardian, fresh-7)', () => {
    expect(names('Has Ofwat woken from its slumbers? There are encouraging signs.')).toEqual([]);
    expect(names('who recently hosted the chief executive of campaign group Surfers Against Sewage to address fund managers')).toEqual([]);
  });

  it('keeps a lowercase surname particle inside a name (Cambrian News, Nation.Cymru, fresh-8)', () => {
    expect(names('During First Minister’s Questions today (Tuesday, February 18), Mr ap Iorwerth challenged First Minister')).toContain('Mr ap Iorwerth');
    expect(names('Plaid Cymru’s health and social care spokesperson, Mabon ap Gwynfor MS, said')).toContain('Mabon ap Gwynfor');
    expect(names('The van Driver and de Paris')).toEqual([]);
  });

  it('takes no words continuing a body’s name for a person (Schools Week, BBC, fresh-8), but reads a name in apposition to one (Statista, fresh-3)', () => {
    expect(names('The latest analysis by the Institute for Fiscal Studies shows school funding is down 8 per cent in real terms since 2009-10.')).toEqual([]);
    expect(names('Representatives from Unison, Unite, Ucatt (Union of Construction, Allied Trades and Technicians), GMB and EIS')).toEqual([]);
    expect(names('Responding to the figures, Chief Executive and General Secretary of the Royal College of Nursing, Janet Davies, said:')).toEqual(['Janet Davies']);
  });

  it('takes no portfolio or party short name for part of a name (Workers Revolutionary Party, AVC, The Forester, fresh-8/9)', () => {
    expect(names('England’s Higher Education Minister David Lammy said in response there was an ‘important debate to be had’.')).toEqual(['David Lammy']);
    expect(names('Minister of State for Skills and Further Education Niall Collins later said that he shared the protesters')).toEqual(['Niall Collins']);
    expect(names('Lib Dem group spokesperson for Adult Social Care Cllr Jeremy Horton (Kingsholm and Wotton) said')).toEqual(['Cllr Jeremy Horton']);
  });

  it('takes no capitalised run after an article for a person (Building, AVC, fresh-8/9)', () => {
    expect(names('The Fact File, published in the latest Roof magazine says:')).toEqual([]);
    expect(names('the “scandalous violence” in Gaza and the “savagery” of the Israeli Defence Forces.')).toEqual([]);
    expect(names('UUP Health spokesman Rev. Robert Coulter who said')).toEqual(['Rev. Robert Coulter']);
  });

  it('takes the end of a run an article opens for a body, not a person, when its first word is no known given name (4ni, fresh-9)', () => {
    expect(names('The North Antrim Assembly member said:')).toEqual([]);
    expect(names('The Health Secretary Sajid Javid said')).toEqual(['Sajid Javid']);
  });

  it('skips ranges it is told to exclude', () => {
    const text = 'Acme Widgets said so.';
    expect(findNameCandidates(text, 0, text.length, [{ start: 0, end: 12 }])).toEqual([]);
  });

  it('reads surnames', () => {
    expect(surnameOf('Dr Jane Smith')).toBe('Smith');
    expect(isHonorificAndSurname('Ms Smith')).toBe(true);
    expect(isHonorificAndSurname('Jane Smith')).toBe(false);
  });
});

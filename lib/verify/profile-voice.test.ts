import { describe, expect, it } from 'vitest';
import type { ProposedQuote } from '../capture/attribution';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { pageSubject, withProfileVoice } from './profile-voice';

const people = [{ id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] }];

// Real sentences (The Times, 2021, tuning half) and Chris Hopson's curated words (lib/corpus), recombined into a page about him.
const OPENING = 'Chris Hopson, chief executive of NHS Providers, which represents England’s 240 NHS trusts, told Times Radio that serious concerns were building about how the health service and exhausted staff would cope this winter.';
const NARRATIVE = 'Trust chief executives had told him that they had never been more anxious about how a winter would unfold.';
const QUOTED = '“This bill will take important steps to help ensure this integration of different care services happens faster and more consistently.”';
const OTHER = 'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill.';

/** The quotation as the reader leaves it when nothing near names its speaker: claimed by nobody. */
function read(text: string): ProposedQuote[] {
  const spans = findQuotationSpans(text);
  const quoted = spans.map((s): ProposedQuote => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, confidence: 0.15 }));
  return withProfileVoice(text, quoted, peopleNamed(text, people, spans), spans);
}

describe('a profile’s subject', () => {
  it('is the known person the opening names who is named at least three times and twice as often as anyone else', () => {
    const text = [OPENING, `${NARRATIVE} Mr Hopson said so.`, 'Mr Hopson agreed.'].join('\n\n');
    expect(pageSubject(text, peopleNamed(text, people, []), [])).toEqual({ name: 'Chris Hopson', personId: 'chris-hopson' });
    expect(pageSubject([OPENING, NARRATIVE].join('\n\n'), peopleNamed([OPENING, NARRATIVE].join('\n\n'), people, []), [])).toBeUndefined();
    const twoPeople = [OPENING, OTHER, 'Mr Hopson agreed.', 'Andrew Lansley did not.', 'Mr Hopson said so.'].join('\n\n');
    expect(pageSubject(twoPeople, peopleNamed(twoPeople, people, []), [])).toBeUndefined();
  });

  it('speaks a quotation naming nobody when nobody else is named near it', () => {
    const text = [OPENING, 'Mr Hopson agreed.', 'Mr Hopson said so.', NARRATIVE, QUOTED].join('\n\n');
    const [quoted] = read(text);
    expect(quoted).toMatchObject({ personId: 'chris-hopson', confidence: READING_CONFIDENCE });
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('does not speak a quotation with someone else named in its paragraph or the one before', () => {
    const text = [OPENING, 'Mr Hopson agreed.', 'Mr Hopson said so.', 'Mr Hopson was clear.', OTHER, QUOTED].join('\n\n');
    expect(read(text)[0]?.personId).toBeUndefined();
  });

  it('takes the reader’s weak claim for the subject when the sentence names them or a pronoun stands for them, not for a pronoun of the other gender', () => {
    // The BMJ blog on Simon Stevens (2014): the profile's third and fourth paragraphs.
    const stevens = [{ id: 'simon-stevens', name: 'Simon Stevens', aliases: ['Sir Simon Stevens', 'Sir Simon', 'Stevens'] }];
    const blog = [
      'When Simon Stevens, chief executive of NHS England, was buying his Sunday papers a few weeks ago he encountered an elderly woman. Stevens was struck. He followed the story.',
      'The meeting was the tenth anniversary of the Cambridge Health Network. Stevens spoke at the first meeting of the network, back when he was health adviser at No 10 to former prime minister Tony Blair.',
      'Stevens’s first story was about how he spent a recent Friday night with a GP out of hours service in the east end of London. There he saw the extreme pressure on frontline services, but also saw how we have created a “chaotic, complex, Heath Robinson service” of 999 calls, 111 calls, urgent care centres, A&Es, and the like.',
    ].join('\n\n');
    // The reader's claim, as it may make it: Stevens, weakly, through the sentence's "he".
    const readBlog = (text: string) => {
      const spans = findQuotationSpans(text);
      return withProfileVoice(text, readerClaims(text, [{ speakerName: 'Simon Stevens', personId: 'simon-stevens', confidence: 0.45 }]), peopleNamed(text, stevens, spans), spans);
    };
    expect(readBlog(blog)[0]).toMatchObject({ personId: 'simon-stevens', confidence: READING_CONFIDENCE });
    expect(readBlog(blog.replace('There he saw', 'There she saw'))[0]?.confidence).toBe(0.45);
    // Someone else named after the subject and before the quotation: the subject is not the last person named.
    expect(readBlog(blog.replace('There he saw', 'There he and Jane Doe saw'))[0]?.confidence).toBe(0.45);
  });

  it('leaves a quotation whose lead-in reports someone else’s speech, with no pronoun and no name of the subject (“The list says: …”)', () => {
    // The BMA's page (2020), some of its lines in another order: its dateline stands between Gurdas Singh's line and the list, and each quotation stops after its first sentence.
    const nagpaul = [{ id: 'chaand-nagpaul', name: 'Chaand Nagpaul', aliases: ['Dr Nagpaul'] }];
    const page = [
      'BMA council chair Chaand Nagpaul has been named among the top 50 most influential people from BAME (black, Asian and ethnic minority) backgrounds in healthcare.',
      'Dr Nagpaul, a GP in north London, has been included – alongside the association’s former medical students committee co-chair Gurdas Singh.',
      'Published: Thursday 8 October 2020',
      'The list says: ‘Dr Nagpaul has been prominent in medical politics for more than two decades and previously chaired the BMA GPs committee.\'',
      'Dr Nagpaul said: ‘BAME healthcare professionals and staff are an integral and invaluable part of our NHS with one in five healthcare workers and two in five doctors coming from a black and ethnic minority background.’',
    ].join('\n\n');
    const read = (text: string) => {
      const spans = findQuotationSpans(text);
      const claims = readerClaims(text, [undefined, { speakerName: 'Chaand Nagpaul', personId: 'chaand-nagpaul', confidence: 0.9 }]);
      return withProfileVoice(text, claims, peopleNamed(text, nagpaul, spans), spans);
    };
    expect(read(page)[0]?.personId).toBeUndefined();
    expect(read(page.replace('The list says: ', ''))[0]).toMatchObject({ personId: 'chaand-nagpaul', confidence: READING_CONFIDENCE });
  });

  it('counts a “she” outside quotations, with the subject the last person named, as naming the subject again', () => {
    // GPonline's profile (2019), its opening lines and first quotation, as the page carries them.
    const stokesLampard = [{ id: 'helen-stokes-lampard', name: 'Helen Stokes-Lampard', aliases: ['Professor Helen Stokes-Lampard'] }];
    const page = [
      'Professor Helen Stokes-Lampard may be chair of the RCGP and a seemingly constant presence in the nation’s media but she is still very much a practising GP.',
      'She uses that lived experience to directly reinforce the lobbying that she undertakes on behalf of the profession with the politicians, strategists and stakeholders, who can often hold the future of general practice in their hands.',
      'When the IT provider brought forward the installation date for their new computer system, the practices had to merge several months earlier than planned.',
      '‘It was so rushed and also happened to be in the middle of the winter crisis. It brought home to me, in a very real way, the personal cost of change - even for the best of reasons and with colleagues that you know and trust.’',
    ].join('\n');
    const spans = findQuotationSpans(page);
    const people = peopleNamed(page, stokesLampard, spans);
    expect(pageSubject(page, people, spans)).toEqual({ name: 'Helen Stokes-Lampard', personId: 'helen-stokes-lampard' });
    expect(withProfileVoice(page, readerClaims(page, []), people, spans)[0]).toMatchObject({ personId: 'helen-stokes-lampard', confidence: READING_CONFIDENCE });
    // The opening line alone names her once and says "she" once: not yet a profile.
    const opening = page.split('\n')[0] as string;
    expect(pageSubject(opening, peopleNamed(opening, stokesLampard, []), [])).toBeUndefined();
  });
});

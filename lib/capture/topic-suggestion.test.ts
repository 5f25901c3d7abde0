import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { suggestEvent, suggestTopics } from './topic-suggestion';

const corpus = loadBundledCorpus();

describe('suggestTopics', () => {
  it('suggests topics from the words of the quote, and says which words', () => {
    // From the development set (The Carer UK, tuning half).
    const quote = 'According to a Skills for Care state of the adult social care sector and workforce report, the number of filled registered nurse posts in the sector in England decreased.';
    const [first] = suggestTopics(quote, corpus.topics);
    expect(first?.id).toBe('workforce');
    expect(first?.words).toContain('workforce');
  });

  it('suggests nothing from a quote that shares no telling words with any topic', () => {
    expect(suggestTopics('This will help me go on holiday and enjoy life.', corpus.topics)).toEqual([]);
  });
});

describe('suggestEvent', () => {
  it('prefers the event whose title the page uses, published shortly before it', () => {
    const page = 'Responding to the government’s Integration White Paper, the chief executive said joining up care for people and places is welcome.';
    const event = suggestEvent(page, '2022-02-10', corpus.events);
    expect(event?.id).toBe(corpus.events.find((e) => e.date.startsWith('2022'))?.id);
    expect(event?.recent).toBe(true);
    expect(event?.words.length).toBeGreaterThan(0);
  });

  it('suggests nothing when neither words nor date point to an event', () => {
    expect(suggestEvent('Flu outbreaks this winter could destabilise hospitals.', '2016-11-29', corpus.events)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatPercent, speakerDetails, speakerName, statementKindLabel, truncateAtWord } from './format';

describe('formatDate', () => {
  it('writes a YYYY-MM-DD date the British way', () => {
    expect(formatDate('2022-02-09')).toBe('9 February 2022');
    expect(formatDate('2021-02-12')).toBe('12 February 2021');
  });

  it('does not move the day in any time zone (the date is read as UTC)', () => {
    expect(formatDate('2021-01-01')).toBe('1 January 2021');
    expect(formatDate('2021-12-31')).toBe('31 December 2021');
  });

  it('leaves anything that is not a real date as it is', () => {
    expect(formatDate('2022-02-30')).toBe('2022-02-30');
    expect(formatDate('9 Feb 2022')).toBe('9 Feb 2022');
    expect(formatDate('')).toBe('');
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('widespread agreement', 40)).toEqual({ text: 'widespread agreement', truncated: false });
  });

  it('cuts at the last word boundary and adds an ellipsis', () => {
    const result = truncateAtWord('The NHS and local government have long been calling for better integration', 30);
    expect(result).toEqual({ text: 'The NHS and local government…', truncated: true });
  });

  it('drops punctuation and an opening quotation mark left at the cut', () => {
    expect(truncateAtWord('is now. "These changes will allow us', 9).text).toBe('is now…');
    expect(truncateAtWord('first half, second half', 12).text).toBe('first half…');
  });

  it('cuts inside a very long word rather than leave almost nothing', () => {
    const result = truncateAtWord('a supercalifragilisticexpialidocious word', 20);
    expect(result.text).toBe('a supercalifragilist…');
  });

  it('never splits a surrogate pair', () => {
    const result = truncateAtWord('aaaa😀bbbb', 5);
    expect(result.text).toBe('aaaa…');
  });

  it('counts only the kept text against the limit', () => {
    const text = 'word '.repeat(100);
    const result = truncateAtWord(text, 50);
    expect(result.text.length).toBeLessThanOrEqual(51);
  });
});

describe('formatPercent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(formatPercent(0.87)).toBe('87%');
    expect(formatPercent(0.874)).toBe('87%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('never rounds a partial share to 100% or a present one to 0%', () => {
    expect(formatPercent(0.998)).toBe('99%');
    expect(formatPercent(0.001)).toBe('1%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('clamps out-of-range values', () => {
    expect(formatPercent(1.3)).toBe('100%');
    expect(formatPercent(-0.2)).toBe('0%');
  });
});

describe('labels', () => {
  it('counts with the right plural', () => {
    expect(countOf(1, 'reaction')).toBe('1 reaction');
    expect(countOf(3, 'reaction')).toBe('3 reactions');
    expect(countOf(0, 'quote')).toBe('0 quotes');
  });

  it('names statement kinds', () => {
    expect(statementKindLabel('opinion-piece')).toBe('Opinion piece');
    expect(statementKindLabel('press-release')).toBe('Press release');
  });

  it('names a speaker, or the organisation when no person speaks', () => {
    const organisation = { name: 'Department of Health and Social Care' };
    expect(speakerName({ organisation })).toBe('Department of Health and Social Care');
    expect(speakerDetails({ organisation })).toBe('');
    const hopson = { speaker: { name: 'Chris Hopson' }, role: 'Chief executive', organisation: { name: 'NHS Providers' } };
    expect(speakerName(hopson)).toBe('Chris Hopson');
    expect(speakerDetails(hopson)).toBe('Chief executive, NHS Providers');
    expect(speakerDetails({ speaker: { name: 'A' }, organisation: { name: 'NHS Providers' } })).toBe('NHS Providers');
  });
});

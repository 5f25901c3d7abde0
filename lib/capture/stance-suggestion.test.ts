import { describe, expect, it } from 'vitest';
import { suggestStance } from './stance-suggestion';

describe('suggestStance', () => {
  it('maps cue counts onto the five-point scale and returns the cues', () => {
    expect(suggestStance('We welcome this promising plan.')).toEqual({ stance: 'supportive', cues: ['welcome', 'promising'] });
    expect(suggestStance('We welcome the plan. However, detail is needed.')).toEqual({
      stance: 'supportive-with-reservations',
      cues: ['welcome', 'However'],
    });
    expect(suggestStance('Helpful in part, but there are concerns.').stance).toBe('mixed');
    expect(suggestStance('There is a risk, and questions remain; it is helpful.').stance).toBe('critical');
    expect(suggestStance('It must not be rushed.')).toEqual({ stance: 'critical', cues: ['must not', 'rushed'] });
    expect(suggestStance('The minister must explain this.')).toEqual({ stance: 'opposed', cues: ['must explain'] });
  });

  it('suggests "mixed" with no cues when the words say nothing either way', () => {
    expect(suggestStance('The bill has twelve clauses.')).toEqual({ stance: 'mixed', cues: [] });
  });

  it('matches whole words and word endings only', () => {
    expect(suggestStance('Supportive and welcomed').cues).toEqual(['Supportive', 'welcomed']);
    expect(suggestStance('butter is unwelcome').cues).toEqual([]);
  });
});

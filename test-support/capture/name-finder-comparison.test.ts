import { describe, expect, it } from 'vitest';
import type { DevPage } from './dev-set';
import { compareNameFinders } from './name-finder-comparison';

const page = (half: DevPage['half'], text: string, speaker: string): DevPage => ({
  id: `${half}-page`,
  url: `https://example.org/${half}`,
  publisher: 'Example',
  half,
  text,
  quotes: [{ start: 0, end: 1, text: text.slice(0, 1), speaker, roles: null, organisations: null }],
});

describe('compareNameFinders', () => {
  it('counts the labelled speakers each finder names, and the other names it finds, per half', () => {
    const scores = compareNameFinders([
      page('tuning', 'Dr Jane Smith, chief executive of the Example Trust, said: “We welcome it.” Health Secretary Tom Brown agreed.', 'Jane Smith'),
      page('held-back', 'Nobody is named here: “We welcome it,” the trust said.', 'Jane Smith'),
    ]);
    const handTuning = scores.find((s) => s.half === 'tuning' && s.finder === 'hand-written');
    expect(handTuning).toMatchObject({ speakers: 1, found: 1, otherNamesPerPage: 1 });
    const handHeldBack = scores.find((s) => s.half === 'held-back' && s.finder === 'hand-written');
    expect(handHeldBack).toMatchObject({ speakers: 1, found: 0 });
    expect(scores.map((s) => `${s.half} ${s.finder}`)).toEqual(['tuning hand-written', 'tuning compromise', 'tuning wink-nlp', 'held-back hand-written', 'held-back compromise', 'held-back wink-nlp']);
  });
});

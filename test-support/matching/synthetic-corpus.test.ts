import { describe, expect, it } from 'vitest';
import { syntheticDocSources, syntheticPage } from './synthetic-corpus';
import { tokenize } from '../../lib/matching/tokens';

describe('syntheticDocSources', () => {
  const sources = syntheticDocSources(30, 1);

  it('is the same for the same seed, and different for another', () => {
    expect(syntheticDocSources(30, 1)).toEqual(sources);
    expect(syntheticDocSources(30, 2)).not.toEqual(sources);
    expect(syntheticDocSources(10, 1)).toEqual(sources.slice(0, 40));
  });

  it('gives each statement three verbatim quotes, statement first', () => {
    expect(sources).toHaveLength(30 * 4);
    for (let s = 0; s < 30; s++) {
      const [statement, ...quotes] = sources.slice(s * 4, s * 4 + 4);
      expect(statement!.kind).toBe('statement');
      expect(statement!.statementId).toBe(statement!.refId);
      const words = tokenize(statement!.text).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(500 + 70); // with its publisher’s boilerplate
      for (const q of quotes) {
        expect(q).toMatchObject({ kind: 'quote', statementId: statement!.refId });
        expect(statement!.text).toContain(q.text);
      }
    }
    expect(new Set(sources.map((s) => s.refId)).size).toBe(sources.length);
  });
});

describe('syntheticPage', () => {
  it('has about the words asked for, and carries the texts it embeds', () => {
    const page = syntheticPage(5_000, 3);
    expect(Math.abs(tokenize(page).length - 5_000)).toBeLessThan(50);
    expect(syntheticPage(5_000, 3)).toBe(page);
    const [statement, quote] = syntheticDocSources(1, 9);
    const embedding = syntheticPage(1_000, 3, [quote!, statement!]);
    expect(embedding).toContain(quote!.text);
    expect(embedding).toContain(statement!.text);
    expect(embedding.indexOf(quote!.text)).toBeLessThan(embedding.indexOf(statement!.text));
  });
});

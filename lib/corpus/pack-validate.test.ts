import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from './bundled-corpus';
import { type PackFile, serializePack, toPackFile } from './pack-format';
import { parsePackText, validatePackJson } from './pack-validate';

const corpus = loadBundledCorpus();
const { events, organisations, people, topics, statements, quotes, ...header } = corpus;
const file = toPackFile(header, { events, organisations, people, topics, statements, quotes });
const text = serializePack(file);
const edited = (change: (f: PackFile & Record<string, unknown>) => void) => {
  const copy = JSON.parse(text) as PackFile & Record<string, unknown>;
  change(copy);
  return copy;
};
const messages = (json: unknown) => {
  const result = validatePackJson(json);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe('corpus pack files', () => {
  it('round-trip: the bundled corpus written as a pack reads back as the same records', () => {
    const result = parsePackText(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack).toEqual(corpus);
    // One record per line, so diffs between versions stay readable.
    expect(text.split('\n').length).toBeGreaterThan(statements.length + quotes.length);
  });

  it('refuses what is not a pack, or a pack of a newer format, by name', () => {
    expect(messages(undefined)).toEqual([expect.stringMatching(/not a corpus pack/)]);
    expect(parsePackText('<html>').ok).toBe(false);
    expect(messages({ format: 'policy-lens-sync' })).toEqual([expect.stringMatching(/format "policy-lens-sync", not a corpus pack/)]);
    expect(messages(edited((f) => Object.assign(f, { formatVersion: 2 })))).toEqual([expect.stringMatching(/newer Policy Lens/)]);
  });

  it('names every bad record and field at once', () => {
    const errors = messages(
      edited((f) => {
        f.statements[1]!.canonicalUrl = 'not a url';
        f.quotes[0]!.stance = 'enthusiastic' as never;
        delete (f as Partial<PackFile>).licence;
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^statements\\[1\\] \\(id "${statements[1]!.id}"\\): field "canonicalUrl": must be a web address`)),
        expect.stringMatching(new RegExp(`^quotes\\[0\\] \\(id "${quotes[0]!.id}"\\): field "stance": must be one of`)),
        'field "licence": is missing',
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('refuses repeated ids, references outside the pack and quotes not in their statement', () => {
    const errors = messages(
      edited((f) => {
        f.topics.push({ ...f.topics[0]! });
        f.quotes[2]!.speakerId = 'nobody-we-know';
        f.quotes[3]!.text = 'Words the statement never says.';
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^topics\\[${topics.length}\\] \\(id "${topics[0]!.id}"\\): field "id": repeats topics\\[0\\]`)),
      expect.stringMatching(/^quotes\[2\] .*field "speakerId": refers to .*"nobody-we-know", which is not in this pack/),
      expect.stringMatching(/^quotes\[3\] .*field "text": is not word for word in statement/),
    ]);
  });

  it('accepts a quote whose whitespace differs from its statement, and still refuses one whose words differ', () => {
    const words = (f: PackFile) => f.quotes[4]!.text.split(' ');
    const spaced = edited((f) => {
      f.quotes[4]!.text = words(f).join('\n  ');
    });
    expect(messages(spaced)).toEqual([]);
    const reworded = edited((f) => {
      f.quotes[4]!.text = [...words(f).slice(0, -1), 'otherwise'].join('\n  ');
    });
    expect(messages(reworded)).toEqual([expect.stringMatching(/^quotes\[4\] .*field "text": is not word for word in statement/)]);
  });

  it('takes records a caller already knows as they stand, listing them as unchecked, and names the rest by their place in the file', () => {
    const json = edited((f) => {
      f.quotes[1]!.stance = 'enthusiastic' as never;
      f.quotes[3]!.stance = 'enthusiastic' as never;
    });
    const known = (table: string, index: number) => table === 'quotes' && index < 2;
    const result = validatePackJson(json, { has: known });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^quotes\\[3\\] \\(id "${quotes[3]!.id}"\\): field "stance"`))]);
    const fine = validatePackJson(file, { has: known });
    expect(fine.ok && fine.unchecked?.quotes).toEqual(new Set([0, 1]));
    // Known records stand as the file has them (the installer only skips them); the rest become corpus records.
    expect(fine.ok && fine.pack).toEqual({ ...corpus, quotes: [...file.quotes.slice(0, 2), ...corpus.quotes.slice(2)] });
    // Known records still count for the checks across records: a reference to one resolves, a repeat of one is refused.
    const repeated = edited((f) => {
      f.quotes.push({ ...f.quotes[0]! });
    });
    expect(messages(repeated)).toEqual([expect.stringMatching(/repeats quotes\[0\]/)]);
    const result2 = validatePackJson(repeated, { has: known });
    expect(result2.ok ? [] : result2.errors.map((e) => e.message)).toEqual([expect.stringMatching(/repeats quotes\[0\]/)]);
    // Their references are visited unless the caller says they still resolve.
    const dangling = edited((f) => {
      f.quotes[0]!.speakerId = 'nobody-at-all';
    });
    expect(messages(dangling)).toEqual([expect.stringMatching(/^quotes\[0\] .*speakerId.*not in this pack/)]);
    const knownDangling = validatePackJson(dangling, { has: known });
    expect(knownDangling.ok ? [] : knownDangling.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^quotes\[0\] .*speakerId.*not in this pack/)]);
    expect(validatePackJson(dangling, { has: known, stillResolve: true }).ok).toBe(true);
  });
});

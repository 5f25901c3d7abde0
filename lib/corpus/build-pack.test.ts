import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from './bundled-corpus';
import { buildPack } from './build-pack';
import { validatePackJson } from './pack-validate';

const corpus = loadBundledCorpus();
const statement = corpus.statements.find((s) => corpus.quotes.some((q) => q.statementId === s.id && q.speakerId))!;
const quote = corpus.quotes.find((q) => q.statementId === statement.id && q.speakerId)!;
const event = corpus.events.find((e) => e.id === statement.eventId)!;
const name = (id: string) => corpus.organisations.find((o) => o.id === id)!.name;
const header = { id: 'team', title: 'Team corpus', publisher: 'A team', licence: 'CC BY 4.0', version: 3, published: '2027-01-01T00:00:00.000Z' };

/** A reviewed capture line for a bundled statement: what `npm run capture` prints, plus the curator's fields. */
const line = (change: (l: Record<string, unknown>) => void = () => {}) => {
  const l: Record<string, unknown> = {
    file: 'page.html',
    title: statement.title,
    published: statement.publishedDate,
    publisher: { name: name(statement.publisherId), kind: 'membership-body' },
    url: statement.canonicalUrl,
    text: statement.text,
    event: { id: event.id, title: event.title, shortName: event.shortName, date: event.date, issuingBody: { name: name(event.issuingBodyId), kind: 'government-department' }, url: event.url },
    quotes: [{ text: quote.text, speaker: { name: corpus.people.find((p) => p.id === quote.speakerId)!.name, role: 'chief executive' }, organisation: { name: name(quote.organisationId) }, stance: quote.stance, topics: ['Integration'] }],
  };
  change(l);
  return JSON.stringify(l);
};

describe('building a pack from reviewed capture output', () => {
  it('makes a valid pack: slugs for ids, the speaker’s role at the organisation, topics from labels', () => {
    const built = buildPack(header, [{ source: 'reviewed.jsonl', lines: [line(), ''] }], () => '');
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(validatePackJson(built.file).ok).toBe(true);
    expect(built.file).toMatchObject({ format: 'policy-lens-corpus', id: 'team', version: 3 });
    expect(built.file.statements).toEqual([expect.objectContaining({ text: statement.text, canonicalUrl: statement.canonicalUrl, eventId: event.id })]);
    expect(built.file.quotes[0]).toMatchObject({ text: quote.text, stance: quote.stance, topicIds: ['integration'] });
    expect(built.file.people[0]?.roles).toEqual([expect.objectContaining({ title: 'chief executive' })]);
  });

  it('reads a statement’s text from a .txt file beside the input when the line has none', () => {
    const seed = corpus.statements.indexOf(statement);
    const seedFile = `00${seed}`;
    const built = buildPack(header, [{ source: 'dir/reviewed.jsonl', lines: [line((l) => { delete l.text; l.file = `${seedFile}.txt`; })] }], (file, source) => {
      expect(source).toBe('dir/reviewed.jsonl');
      expect(file).toBe(`${seedFile}.txt`);
      return statement.text;
    });
    expect(built.ok && built.file.statements[0]?.text).toBe(statement.text);
  });

  it('names the line and field of every problem, and an organisation whose kind nobody gave', () => {
    const built = buildPack(header, [{ source: 'reviewed.jsonl', lines: [line((l) => { l.url = 'nope'; delete l.text; }), '{', line((l) => { l.publisher = 'Somebody new'; })] }], () => '');
    expect(built).toEqual({
      ok: false,
      errors: [
        'reviewed.jsonl:1: field "url": must be a web address starting with http:// or https://',
        'reviewed.jsonl:2: not a JSON line',
        expect.stringMatching(/^organisation "Somebody new": no "kind" given/),
        // Its only mention with a kind was as the publisher, which the third line replaced.
        expect.stringMatching(new RegExp(`^organisation "${name(statement.publisherId)}": no "kind" given`)),
      ],
    });
  });
});

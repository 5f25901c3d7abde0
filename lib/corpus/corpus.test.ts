// Checks the curated corpus (corpus.json) against its seed texts and against itself.
//
// Quote-text convention (what "exactly as it stands in the source" means here):
//  - A quote's text is a contiguous run of the seed text, copied verbatim: same letters,
//    same case, same punctuation, including curly or straight quotation marks and
//    apostrophes exactly as the seed has them. Only whitespace may differ: before comparing,
//    both sides have every run of whitespace (including non-breaking spaces and line breaks)
//    collapsed to one space and are trimmed. Nothing else is normalised.
//  - The quotation marks that open and close the quotation are left out.
//  - A quotation that runs over several consecutive paragraphs (British style: each new
//    paragraph reopens with a quotation mark, the closing mark comes only at the end) is ONE
//    quote, and the reopening marks between its paragraphs are KEPT, e.g.
//    `…in detail. “The pandemic has shown…`. This keeps every quote a true substring of the
//    page it comes from, which is what recognising it on a live page needs.
//  - Short fragments quoted inside reported speech are quotes of their own.
//  - Page furniture (cookie notices, "Read more", contacts, notes to editors, author boxes,
//    captions) is never a quote.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Organisation, Person, PolicyEvent, Quote, Role, Statement, Topic } from '../schema';
import { buildCorpus, type Corpus } from './build-corpus';
import { loadBundledCorpus, readSeed } from './bundled-corpus';
import { collapseWhitespace as normalise } from '../text/collapse-whitespace';
import { CorpusFile } from './corpus-file';
import corpusJson from './corpus.json';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundledSeedDir = path.join(here, 'seeds');
/** CI clones the repository with a copy of shared/ beside it: <repo>/../shared/seeds. */
const sharedSeedDir = path.resolve(here, '../../../shared/seeds');


function requireSharedSeeds(): string {
  if (!fs.existsSync(sharedSeedDir) || !fs.statSync(sharedSeedDir).isDirectory()) {
    throw new Error(
      `The reference seed folder ${sharedSeedDir} is missing. The corpus tests compare the bundled seeds ` +
        `with it: check out shared/ beside the repository folder (<repo>/../shared/seeds).`,
    );
  }
  return sharedSeedDir;
}

const txtFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

// ---------------------------------------------------------------------------------------
// Checkers. Each returns a list of problems (empty when all is well), so that the
// self-tests at the bottom can prove that each of them fails on a broken corpus.
// ---------------------------------------------------------------------------------------

function seedDirProblems(bundledDir: string, referenceDir: string): string[] {
  const problems: string[] = [];
  const bundled = txtFiles(bundledDir);
  const reference = txtFiles(referenceDir);
  for (const f of reference) if (!bundled.includes(f)) problems.push(`seed ${f} is missing from ${bundledDir}`);
  for (const f of bundled) {
    if (!reference.includes(f)) {
      problems.push(`seed ${f} is not in the reference folder ${referenceDir}`);
      continue;
    }
    const a = fs.readFileSync(path.join(bundledDir, f));
    const b = fs.readFileSync(path.join(referenceDir, f));
    if (!a.equals(b)) problems.push(`seed ${f} differs from the reference copy (${a.length} vs ${b.length} bytes)`);
  }
  if (bundled.length === 0) problems.push(`no seeds in ${bundledDir}`);
  return problems;
}

/** Where the captured page furniture begins in a seed; no quote may come from there on. */
const FURNITURE_MARKERS = ['Notes to editors', 'About Nuffield Trust', 'This was first published', 'About the author', 'We use cookies'];

/** Strings that only page furniture contains (compared case-insensitively). */
const FURNITURE_STRINGS = [
  'cookie',
  'read more',
  'read our',
  'privacy',
  '@',
  '07780',
  'picture:',
  'notes to editors',
  'about the author',
  'about nuffield trust',
  'profile picture',
  'first published in',
  'press release',
  'published:',
  'for all queries',
];

function quoteTextProblems(c: Corpus): string[] {
  const problems: string[] = [];
  const statements = new Map(c.statements.map((s) => [s.id, s]));
  for (const q of c.quotes) {
    const st = statements.get(q.statementId);
    if (!st) {
      problems.push(`${q.id}: statement ${q.statementId} not found`);
      continue;
    }
    const text = normalise(q.text);
    const source = normalise(st.text);
    const at = source.indexOf(text);
    if (text.length === 0) problems.push(`${q.id}: empty text`);
    if (at < 0) {
      problems.push(`${q.id}: text is not a verbatim (whitespace-normalised) part of ${st.id}`);
      continue;
    }
    if (/^["“”]|["“”]$/.test(text)) problems.push(`${q.id}: keep the enclosing quotation marks out of the text`);
    for (const marker of FURNITURE_MARKERS) {
      const m = source.indexOf(marker);
      if (m >= 0 && at + text.length > m) problems.push(`${q.id}: comes from page furniture after "${marker}"`);
    }
  }
  return problems;
}

function furnitureProblems(c: Corpus): string[] {
  const problems: string[] = [];
  for (const q of c.quotes) {
    const lower = q.text.toLowerCase();
    for (const s of FURNITURE_STRINGS) if (lower.includes(s)) problems.push(`${q.id}: contains page furniture "${s}"`);
  }
  return problems;
}

/**
 * A quotation running over consecutive paragraphs by the same speaker must be one quote:
 * two quotes of one speaker in one statement may not overlap, nor (outside opinion pieces,
 * whose author's own paragraphs are quoted as separate passages) be separated only by
 * whitespace and quotation marks.
 */
function splitQuoteProblems(c: Corpus): string[] {
  const problems: string[] = [];
  const statements = new Map(c.statements.map((s) => [s.id, s]));
  const located = c.quotes.flatMap((q) => {
    const st = statements.get(q.statementId);
    if (!st) return [];
    const source = normalise(st.text);
    const text = normalise(q.text);
    const start = source.indexOf(text);
    return start < 0 ? [] : [{ q, source, start, end: start + text.length, prose: st.kind === 'opinion-piece' }];
  });
  for (const a of located) {
    for (const b of located) {
      if (a === b || a.q.statementId !== b.q.statementId) continue;
      if ((a.q.speakerId ?? a.q.organisationId) !== (b.q.speakerId ?? b.q.organisationId)) continue;
      const aFirst = a.start < b.start || (a.start === b.start && a.q.id < b.q.id);
      if (aFirst && b.start < a.end) {
        problems.push(`${a.q.id} and ${b.q.id} overlap`);
      } else if (!a.prose && a.end <= b.start && /^[\s"“”]*$/.test(a.source.slice(a.end, b.start))) {
        problems.push(`${a.q.id} and ${b.q.id} are one continuous quotation: make them one quote`);
      }
    }
  }
  return problems;
}

function duplicateIds(table: string, rows: { id: string }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) problems.push(`${table}: duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return problems;
}

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function integrityProblems(c: Corpus): string[] {
  const problems = [
    ...duplicateIds('events', c.events),
    ...duplicateIds('organisations', c.organisations),
    ...duplicateIds('people', c.people),
    ...duplicateIds('topics', c.topics),
    ...duplicateIds('statements', c.statements),
    ...duplicateIds('quotes', c.quotes),
  ];
  const events = new Map(c.events.map((r) => [r.id, r]));
  const orgs = new Map(c.organisations.map((r) => [r.id, r]));
  const people = new Map(c.people.map((r) => [r.id, r]));
  const topics = new Set(c.topics.map((r) => r.id));
  const statements = new Map(c.statements.map((r) => [r.id, r]));
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  for (const e of c.events) need(orgs.has(e.issuingBodyId), `event ${e.id}: issuingBodyId ${e.issuingBodyId} not found`);
  for (const p of c.people) {
    for (const r of p.roles) {
      need(orgs.has(r.organisationId), `person ${p.id}: role organisationId ${r.organisationId} not found`);
      if (r.from && r.to) need(r.from <= r.to, `person ${p.id}: role "${r.title}" ends before it starts`);
    }
  }
  for (const s of c.statements) {
    const event = events.get(s.eventId);
    need(!!event, `statement ${s.id}: eventId ${s.eventId} not found`);
    if (event) need(s.publishedDate >= event.date, `statement ${s.id}: published before its event`);
    const publisher = orgs.get(s.publisherId);
    need(!!publisher, `statement ${s.id}: publisherId ${s.publisherId} not found`);
    if (publisher?.url) {
      need(hostname(s.canonicalUrl) === hostname(publisher.url), `statement ${s.id}: canonicalUrl is not on the publisher's site`);
    }
    if (s.authorId !== undefined) need(people.has(s.authorId), `statement ${s.id}: authorId ${s.authorId} not found`);
    if (s.firstPublishedById !== undefined) {
      const first = orgs.get(s.firstPublishedById);
      need(!!first, `statement ${s.id}: firstPublishedById ${s.firstPublishedById} not found`);
      need(s.firstPublishedById !== s.publisherId, `statement ${s.id}: firstPublishedById repeats the publisher`);
    }
    need(new Set(s.otherUrls).size === s.otherUrls.length && !s.otherUrls.includes(s.canonicalUrl), `statement ${s.id}: repeated URLs`);
  }
  for (const q of c.quotes) {
    const st = statements.get(q.statementId);
    need(!!st, `quote ${q.id}: statementId ${q.statementId} not found`);
    need(orgs.has(q.organisationId), `quote ${q.id}: organisationId ${q.organisationId} not found`);
    for (const t of q.topicIds) need(topics.has(t), `quote ${q.id}: topicId ${t} not found`);
    if (q.speakerId === undefined) continue;
    const speaker = people.get(q.speakerId);
    need(!!speaker, `quote ${q.id}: speakerId ${q.speakerId} not found`);
    if (!speaker || !st) continue;
    // The speaker speaks for the organisation the quote is attributed to, in a role held then.
    need(
      speaker.roles.some(
        (r) =>
          r.organisationId === q.organisationId &&
          (r.from === undefined || r.from <= st.publishedDate) &&
          (r.to === undefined || st.publishedDate <= r.to),
      ),
      `quote ${q.id}: ${speaker.id} holds no role at ${q.organisationId} on ${st.publishedDate}`,
    );
    // The speaker is named in the text (by name or alias).
    const source = normalise(st.text);
    need(
      [speaker.name, ...speaker.aliases].some((n) => source.includes(n)),
      `quote ${q.id}: ${speaker.name} is not named in ${st.id}`,
    );
  }
  return problems;
}

/** A long press statement touches many topics; more than this and the coding stops discriminating. */
const MAX_TOPICS = 6;

/** Curation rules for stance and topic coding and for ids. */
function codingProblems(c: Corpus): string[] {
  const problems: string[] = [];
  const statements = new Map(c.statements.map((s) => [s.id, s]));
  for (const q of c.quotes) {
    if (q.topicIds.length < 1 || q.topicIds.length > MAX_TOPICS) problems.push(`${q.id}: give 1–${MAX_TOPICS} topics`);
    if (new Set(q.topicIds).size !== q.topicIds.length) problems.push(`${q.id}: repeated topic`);
    // Ids read q-<speaker surname or organisation id>-<year of the statement>-<n>.
    const m = /^q-([a-z]+(?:-[a-z]+)*)-(\d{4})-(\d+)$/.exec(q.id);
    const st = statements.get(q.statementId);
    if (!m || !st) {
      problems.push(`${q.id}: id should look like q-taylor-2022-1`);
      continue;
    }
    const [, who = '', year = ''] = m;
    if (year !== st.publishedDate.slice(0, 4)) problems.push(`${q.id}: id year is not the statement's year`);
    const expected = q.speakerId === undefined ? q.organisationId : q.speakerId;
    if (!(expected === who || expected.endsWith(`-${who}`))) problems.push(`${q.id}: id does not name ${expected}`);
    // An opinion piece is its author's own statement.
    if (st.kind === 'opinion-piece' && q.speakerId !== st.authorId) problems.push(`${q.id}: not by the opinion piece's author`);
  }
  for (const p of c.people) {
    const names = [p.name, ...p.aliases];
    if (new Set(names).size !== names.length) problems.push(`person ${p.id}: alias repeats the name or another alias`);
    if (p.roles.length === 0) problems.push(`person ${p.id}: no role`);
  }
  for (const o of c.organisations) {
    const names = [o.name, ...o.aliases];
    if (new Set(names).size !== names.length) problems.push(`organisation ${o.id}: alias repeats the name or another alias`);
  }
  // A name or alias may point at one person and one organisation only.
  for (const [table, rows] of [
    ['people', c.people],
    ['organisations', c.organisations],
  ] as const) {
    const owner = new Map<string, string>();
    for (const r of rows) {
      for (const n of [r.name, ...r.aliases]) {
        const prev = owner.get(n.toLowerCase());
        if (prev !== undefined && prev !== r.id) problems.push(`${table}: "${n}" names both ${prev} and ${r.id}`);
        owner.set(n.toLowerCase(), r.id);
      }
    }
  }
  return problems;
}

interface ReadmeRow {
  file: string;
  date: string;
  publisher: string;
  kind: string;
  speakers: string;
}

function parseReadme(markdown: string): ReadmeRow[] {
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*\d{3}_[0-9a-f]{16}\.txt\s*\|/.test(line))
    .map((line) => {
      const [file = '', date = '', publisher = '', kind = '', speakers = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return { file, date, publisher, kind, speakers };
    });
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The nine people the README counts, but does not name, in the LBC report. */
const LBC_SPEAKERS = [
  'Matt Hancock',
  'Simon Stevens',
  'Helen Stokes-Lampard',
  'Chris Hopson',
  'Jennifer Dixon',
  'Richard Murray',
  'Ian Hudspeth',
  'Jonathan Ashworth',
  'Chaand Nagpaul',
];

const README_KINDS: Record<string, string> = {
  'press statement': 'press-statement',
  'press release': 'press-release',
  'news article': 'news-report',
  'opinion piece': 'opinion-piece',
};

/** Every seed, speaker and author listed in the seeds README is in the corpus and used. */
function coverageProblems(c: Corpus, file: CorpusFile, rows: ReadmeRow[]): string[] {
  const problems: string[] = [];
  const byName = new Map(c.people.map((p) => [p.name, p]));
  const orgs = new Map(c.organisations.map((o) => [o.id, o]));
  if (rows.length === 0) problems.push('README lists no seeds');
  for (const row of rows) {
    const fileStatement = file.statements.find((s) => s.seedFile === row.file);
    const st = fileStatement && c.statements.find((s) => s.id === fileStatement.id);
    if (!st) {
      problems.push(`${row.file}: no statement`);
      continue;
    }
    if (st.publishedDate !== row.date) problems.push(`${row.file}: published ${st.publishedDate}, README says ${row.date}`);
    if (README_KINDS[row.kind] !== st.kind) problems.push(`${row.file}: kind ${st.kind}, README says ${row.kind}`);
    const publisher = orgs.get(st.publisherId);
    if (!publisher || !row.publisher.startsWith(publisher.name)) problems.push(`${row.file}: publisher is not ${row.publisher}`);
    const firstIn = /first published in (?:the )?([A-Z][\w ]+?)\)/.exec(row.publisher)?.[1];
    if (firstIn !== undefined) {
      const first = st.firstPublishedById === undefined ? undefined : orgs.get(st.firstPublishedById);
      if (!first || ![first.name, ...first.aliases].some((n) => n.toLowerCase().endsWith(firstIn.toLowerCase()))) {
        problems.push(`${row.file}: firstPublishedBy should be ${firstIn}`);
      }
    }
    const author = /by ([A-Z][\w'-]+(?: [A-Z][\w'-]+)+)\)/.exec(row.publisher)?.[1];
    if (author !== undefined) {
      const person = byName.get(author);
      if (!person) problems.push(`${row.file}: author ${author} is not in people`);
      else if (st.authorId !== person.id) problems.push(`${row.file}: authorId should be ${person.id}`);
    }
    const quotedHere = new Set(c.quotes.filter((q) => q.statementId === st.id).map((q) => q.speakerId));
    const expectQuoted = (name: string) => {
      const person = byName.get(name);
      if (!person) problems.push(`${row.file}: ${name} is not in people`);
      else if (!quotedHere.has(person.id)) problems.push(`${row.file}: ${name} is never quoted`);
    };
    if (/^[A-Z][a-z]+(?: [A-Z][\w'-]+)+$/.test(row.speakers)) {
      expectQuoted(row.speakers);
    } else {
      const count = NUMBER_WORDS.indexOf(row.speakers.split(' ')[0] ?? '');
      if (count < 0) problems.push(`${row.file}: cannot read the speakers column "${row.speakers}"`);
      else if (count !== LBC_SPEAKERS.length) problems.push(`${row.file}: README counts ${count} speakers`);
      LBC_SPEAKERS.forEach(expectQuoted);
      const named = [...quotedHere].filter((id) => id !== undefined);
      if (named.length !== count) problems.push(`${row.file}: ${named.length} named speakers quoted, README counts ${count}`);
    }
  }
  for (const s of c.statements) {
    if (!c.quotes.some((q) => q.statementId === s.id)) problems.push(`statement ${s.id} has no quote`);
  }
  for (const t of c.topics) {
    if (!c.quotes.some((q) => q.topicIds.includes(t.id))) problems.push(`topic ${t.id} is never used`);
  }
  for (const p of c.people) {
    const quoted = c.quotes.some((q) => q.speakerId === p.id);
    const authored = c.statements.some((s) => s.authorId === p.id);
    if (!quoted && !authored) problems.push(`person ${p.id} is neither quoted nor an author`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------

const corpusFile = CorpusFile.parse(corpusJson);
const corpus = loadBundledCorpus();
const readme = (): ReadmeRow[] => parseReadme(fs.readFileSync(path.join(requireSharedSeeds(), 'README.md'), 'utf8'));

describe('corpus.json', () => {
  it('parses as a CorpusFile of the first release', () => {
    const parsed = CorpusFile.safeParse(corpusJson);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(Object.keys(corpusJson).sort()).toEqual(
      ['events', 'format', 'organisations', 'people', 'quotes', 'releasedAt', 'statements', 'topics', 'version'].sort(),
    );
    expect(corpusFile.format).toBe('policy-lens-corpus');
    expect(corpusFile.version).toBe(1);
    expect(corpusFile.releasedAt).toBe('2026-11-25T00:00:00.000Z');
  });

  it('loads into records that satisfy the full domain schemas, with no stray fields', () => {
    // .strict() so that a misspelt optional field in corpus.json (e.g. "authorID") fails
    // here instead of being silently dropped.
    const tables: [z.ZodObject, { id: string; origin: string; createdAt: string; updatedAt: string }[]][] = [
      [PolicyEvent, corpus.events],
      [Organisation, corpus.organisations],
      [Person, corpus.people],
      [Topic, corpus.topics],
      [Statement, corpus.statements],
      [Quote, corpus.quotes],
    ];
    for (const [schema, rows] of tables) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const result = schema.strict().safeParse(row);
        expect(result.success, `${row.id}: ${result.error?.message}`).toBe(true);
        expect(row.origin).toBe('corpus');
        expect(row.createdAt).toBe(corpusFile.releasedAt);
        expect(row.updatedAt).toBe(corpusFile.releasedAt);
      }
    }
    for (const person of corpus.people) {
      for (const role of person.roles) expect(Role.strict().safeParse(role).success, person.id).toBe(true);
    }
    expect(corpus.version).toBe(corpusFile.version);
  });

  it("gives each statement its seed's exact text, and uses every bundled seed once", () => {
    for (const s of corpusFile.statements) {
      const loaded = corpus.statements.find((x) => x.id === s.id);
      expect(loaded?.text).toBe(fs.readFileSync(path.join(bundledSeedDir, s.seedFile), 'utf8'));
      expect(readSeed(s.seedFile)).toBe(loaded?.text);
    }
    expect(corpusFile.statements.map((s) => s.seedFile).sort()).toEqual(txtFiles(bundledSeedDir));
  });
});

describe('bundled seeds', () => {
  it('are byte-identical to the reference copies in <repo>/../shared/seeds', () => {
    expect(seedDirProblems(bundledSeedDir, requireSharedSeeds())).toEqual([]);
  });
});

describe('quotes', () => {
  it('are verbatim parts of their statement (whitespace aside), outside page furniture', () => {
    expect(quoteTextProblems(corpus)).toEqual([]);
  });

  it('contain no page furniture', () => {
    expect(furnitureProblems(corpus)).toEqual([]);
  });

  it('are not split where one quotation runs on', () => {
    expect(splitQuoteProblems(corpus)).toEqual([]);
  });

  it('follow the coding rules (1–6 topics, ids, opinion pieces by their author)', () => {
    expect(codingProblems(corpus)).toEqual([]);
  });
});

describe('referential integrity', () => {
  it('resolves every reference and keeps ids unique per table', () => {
    expect(integrityProblems(corpus)).toEqual([]);
  });
});

describe('coverage', () => {
  it('includes every seed, speaker and author the seeds README lists; every statement is quoted and every topic used', () => {
    const rows = readme();
    expect(rows.map((r) => r.file).sort()).toEqual(txtFiles(bundledSeedDir));
    expect(coverageProblems(corpus, corpusFile, rows)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Self-tests: each checker reports a deliberately broken copy of the corpus.
// ---------------------------------------------------------------------------------------

describe('the checks themselves', () => {
  const mutate = (change: (f: CorpusFile) => void): { file: CorpusFile; corpus: Corpus } => {
    const file = structuredClone(corpusFile);
    change(file);
    return { file, corpus: buildCorpus(file, readSeed) };
  };
  const quote = (f: CorpusFile, id: string) => {
    const q = f.quotes.find((x) => x.id === id);
    if (!q) throw new Error(`test fixture: no quote ${id}`);
    return q;
  };

  it('catch a quote that is not verbatim', () => {
    const broken = mutate((f) => {
      const q = quote(f, 'q-taylor-2022-1');
      q.text = q.text.replace('it’s vital', "it's vital"); // curly apostrophe made straight
    });
    expect(quoteTextProblems(broken.corpus)).toHaveLength(1);
  });

  it('catch a quote with its enclosing quotation marks or taken from page furniture', () => {
    const broken = mutate((f) => {
      quote(f, 'q-ashworth-2021-1').text = '"Boris Johnson must explain';
      quote(f, 'q-edwards-2022-1').text = 'It finds limited evidence';
    });
    expect(quoteTextProblems(broken.corpus)).toHaveLength(2);
  });

  it('catch page furniture in a quote', () => {
    const broken = mutate((f) => {
      quote(f, 'q-hopson-2021-7').text += ' Read more';
    });
    expect(furnitureProblems(broken.corpus)).toEqual(['q-hopson-2021-7: contains page furniture "read more"']);
  });

  it('catch a run-on quotation split into two quotes', () => {
    const broken = mutate((f) => {
      const q = quote(f, 'q-dixon-2021-1');
      const [first = '', second = ''] = q.text.split(' "');
      q.text = first;
      f.quotes.push({ ...q, id: 'q-dixon-2021-2', text: second });
    });
    expect(splitQuoteProblems(broken.corpus)).toHaveLength(1);
  });

  it('catch dangling references and duplicate ids', () => {
    const broken = mutate((f) => {
      quote(f, 'q-stevens-2021-1').topicIds = ['no-such-topic'];
      const first = f.people[0];
      if (first) f.people.push({ ...first });
      const st = f.statements[0];
      if (st) st.eventId = 'no-such-event';
    });
    const problems = integrityProblems(broken.corpus);
    expect(problems.some((p) => p.includes('no-such-topic'))).toBe(true);
    expect(problems.some((p) => p.startsWith('people: duplicate id'))).toBe(true);
    expect(problems.some((p) => p.includes('no-such-event'))).toBe(true);
  });

  it('catch a quote attributed to an organisation the speaker does not speak for', () => {
    const broken = mutate((f) => {
      quote(f, 'q-nagpaul-2021-2').organisationId = 'labour-party';
    });
    expect(integrityProblems(broken.corpus)).toHaveLength(1);
  });

  it('catch a misnumbered or over-tagged quote', () => {
    const broken = mutate((f) => {
      const q = quote(f, 'q-murray-2021-1');
      q.id = 'q-murray-2022-1';
      q.topicIds = ['funding', 'workforce', 'bureaucracy', 'data-sharing', 'pooled-budgets', 'local-flexibility', 'patient-outcomes'];
    });
    expect(codingProblems(broken.corpus)).toHaveLength(2);
  });

  it('catch a listed speaker who is never quoted', () => {
    const broken = mutate((f) => {
      f.quotes = f.quotes.filter((q) => q.speakerId !== 'jonathan-ashworth');
    });
    const problems = coverageProblems(broken.corpus, broken.file, readme());
    expect(problems).toContain('003_4b14374bd2fd4ead.txt: Jonathan Ashworth is never quoted');
    expect(problems.some((p) => p.startsWith('person jonathan-ashworth'))).toBe(true);
  });

  it('catch a seed that differs from its reference copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-seeds-'));
    try {
      for (const f of txtFiles(bundledSeedDir)) fs.copyFileSync(path.join(bundledSeedDir, f), path.join(dir, f));
      expect(seedDirProblems(dir, bundledSeedDir)).toEqual([]);
      const victim = txtFiles(dir)[0] ?? '';
      fs.appendFileSync(path.join(dir, victim), ' ');
      expect(seedDirProblems(dir, bundledSeedDir)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

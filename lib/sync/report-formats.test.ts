import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { CSV_COLUMNS, type ReportNames, highlightsToCsv, highlightsToMarkdown } from './report-formats';
import { at, highlight } from '../../test-support/sync/fixtures';

/** A reader that follows RFC 4180 to the letter, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('the last record is not ended by CRLF');
  return rows;
}

const names: ReportNames = {
  people: new Map([['jane-doe', 'Jane O’Doe']]),
  organisations: new Map([['nhs-providers', 'NHS Providers']]),
  topics: new Map([['workforce', 'Workforce'], ['funding', 'Funding']]),
  statements: new Map([['s-1', 'Response to the white paper']]),
};

const tricky = highlight('hl-1', {
  note: 'He said "no", then:\nsecond line, with a comma',
  tags: ['integration', 'ICS'],
  speakerId: 'jane-doe',
  organisationId: 'nhs-providers',
  stance: 'critical',
  topicIds: ['workforce', 'funding'],
  statementId: 's-1',
  createdAt: at(0),
  updatedAt: at(60 * 24 * 2),
});
tricky.target.selector[0].exact = '=HYPERLINK("http://evil.example") and * not # a heading';

describe('CSV (RFC 4180)', () => {
  it('quotes fields holding commas, quotes or line breaks, doubles inner quotes, and ends records with CRLF', () => {
    expect(toCsv(['a', 'b'], [['plain', 'with, comma'], ['say "hi"', 'two\nlines']])).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('-5, or so')).toBe(`"'-5, or so"`);
    expect(csvField('well-known')).toBe('well-known');
  });

  it('writes one row per highlight that an RFC 4180 reader reads back exactly', () => {
    const csv = highlightsToCsv([tricky, highlight('hl-2', { url: 'https://example.org/b' })], names);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      id: 'hl-1',
      quote: `'${tricky.target.selector[0].exact}`,
      note: tricky.note,
      tags: 'integration; ICS',
      speaker: 'Jane O’Doe',
      organisation: 'NHS Providers',
      stance: 'Critical',
      topics: 'Workforce; Funding',
      statement: 'Response to the white paper',
    });
    expect(highlightsToCsv([], names, { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('Markdown', () => {
  const markdown = highlightsToMarkdown([tricky, highlight('hl-2', { url: 'https://example.org/a (b)', pageTitle: '' })], names, {
    title: 'Policy Lens highlights tagged “integration”',
    generated: at(0),
  });

  it('groups highlights by page, quotes them, and lists what the analyst recorded', () => {
    expect(markdown).toContain('# Policy Lens highlights tagged “integration”\n\n2 highlights on 2 pages, exported 1 March 2026.');
    expect(markdown).toContain('## [An article](https://example.org/article)');
    expect(markdown).toContain('- Speaker: Jane O’Doe\n- Organisation: NHS Providers\n- Stance: Critical\n- Topics: Workforce, Funding');
    expect(markdown).toContain('- Highlighted 1 March 2026, edited 3 March 2026');
  });

  it('escapes what Markdown would format, so the words show as highlighted', () => {
    expect(markdown).toContain('> \\=HYPERLINK("http://evil.example") and \\* not # a heading');
    expect(markdown).toContain('He said "no", then:\nsecond line, with a comma');
    // An address with parentheses and spaces still makes one link.
    expect(markdown).toContain('## [https://example.org/a (b)](https://example.org/a%20%28b%29)');
    expect(highlightsToMarkdown([highlight('hl-3', { note: '# not a heading\n- not a list\n1. not a list' })], names, { title: 't', generated: at(0) })).toContain(
      '\\# not a heading\n\\- not a list\n1\\. not a list',
    );
  });
});

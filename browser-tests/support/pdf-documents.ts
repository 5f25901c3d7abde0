// The PDFs the viewer's tests open, written from the seeds' text with pdf-lib
// (test-support/pdf/pdf-fixtures.ts): NHS Confederation's statement (seed 000) as published,
// and a revised edition of it, same document /ID, with a paragraph inserted near the
// top (the Nuffield Trust's heading, seed 002: real text, not invented).
import { readFileSync } from 'node:fs';
import { seedParagraphs, writePdf } from '../../test-support/pdf/pdf-fixtures';

const seed = (file: string) => seedParagraphs(readFileSync(new URL(`../../lib/corpus/seeds/${file}`, import.meta.url), 'utf8'));

export const STATEMENT_PARAGRAPHS = seed('000_6c823f81c49f4fe7.txt');
const INSERTED = seed('002_7246522f2062f2ca.txt')[0] as string;

/** The document's permanent identifier: what PDF.js gives as its fingerprint. */
export const STATEMENT_FINGERPRINT = '5eed000000000000000000000000c0f1';

const common = {
  title: 'NHS leaders have taken great strides in integrating care but there is more to do',
  author: 'NHS Confederation',
  creationDate: new Date('2022-02-09T10:00:00Z'),
  paragraphsPerPage: 3,
};

export const statementPdf = () => writePdf({ ...common, paragraphs: STATEMENT_PARAGRAPHS, id: [STATEMENT_FINGERPRINT, '00000000000000000000000000000001'] });

export const revisedStatementPdf = () =>
  writePdf({
    ...common,
    paragraphs: [STATEMENT_PARAGRAPHS[0] as string, INSERTED, ...STATEMENT_PARAGRAPHS.slice(1)],
    id: [STATEMENT_FINGERPRINT, '00000000000000000000000000000002'],
  });

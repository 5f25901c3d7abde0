// The PDFs the viewer's tests open, written from the seeds' text with pdf-lib
// (test-support/pdf/pdf-fixtures.ts): NHS Confederation's statement (seed 000) as published,
// and a revised edition of it, same document /ID, with a paragraph inserted near the
// top (the Nuffield Trust's heading, seed 002: real text, not invented); LBC's report
// (seed 003) laid out in two columns; and a page the corpus does not know (the News Line
// report of the BMA leader's letter, from the capture development set) for capture.
import { readFileSync } from 'node:fs';
import { seedParagraphs, writePdf } from '../../test-support/pdf/pdf-fixtures';

const seed = (file: string) => seedParagraphs(readFileSync(new URL(`../../lib/corpus/seeds/${file}`, import.meta.url), 'utf8'));
const devSetPage = (file: string) =>
  seedParagraphs(readFileSync(new URL(`../../test-support/capture/dev-set/pages/${file}`, import.meta.url), 'utf8'));

export const STATEMENT_PARAGRAPHS = seed('000_6c823f81c49f4fe7.txt');
const INSERTED = seed('002_7246522f2062f2ca.txt')[0] as string;

/** A sentence of the statement's second page, which the tests select and save. */
export const STATEMENT_SENTENCE =
  'The pandemic has shown just how interlinked health and care services are and need to be, and it’s vital that we continue to speed up integrated ways of working.';

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

const REPORT_PARAGRAPHS = seed('003_4b14374bd2fd4ead.txt');

/** LBC's report (seed 003) in two columns per page, as news PDFs are often laid out. */
export const twoColumnReportPdf = () =>
  writePdf({
    paragraphs: REPORT_PARAGRAPHS,
    title: REPORT_PARAGRAPHS[0] as string,
    author: 'Asher McShane',
    creationDate: new Date('2021-02-11T06:03:00Z'),
    columns: 2,
    id: ['5eed0030000000000000000000002c01', '00000000000000000000000000000001'],
  });

const LETTER_PARAGRAPHS = devSetPage('wrp-meldrum-letter.txt');

/** The title, author and creation date the unknown report's PDF carries in its document information. */
export const LETTER_INFO = { title: LETTER_PARAGRAPHS[0] as string, author: 'News Line', creationDate: new Date('2010-07-14T09:00:00Z') };

/** A report the corpus does not know, quoting the BMA's council chairman eight times (capture development set). */
export const unknownLetterPdf = () =>
  writePdf({ ...LETTER_INFO, paragraphs: LETTER_PARAGRAPHS, paragraphsPerPage: 4, id: ['de5e7000000000000000000000000b4a', '00000000000000000000000000000001'] });

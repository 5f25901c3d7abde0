import { describe, expect, it } from 'vitest';
import { writePdf } from '../../test-support/pdf/pdf-fixtures';
import { openPdfInNode } from '../../test-support/pdf/pdfjs-node';
import { pdfDateToIso, pdfMetadata } from './pdf-metadata';

describe('PDF metadata for capture', () => {
  it('reads the day of PDF dates and refuses what is not one', () => {
    expect(pdfDateToIso("D:20220209103000+01'00'")).toBe('2022-02-09');
    expect(pdfDateToIso('20210211')).toBe('2021-02-11');
    expect(pdfDateToIso('D:20210231')).toBeUndefined();
    expect(pdfDateToIso('yesterday')).toBeUndefined();
    expect(pdfDateToIso(20210211)).toBeUndefined();
  });

  it('takes title, author and creation date from a real PDF’s information dictionary', async () => {
    const bytes = await writePdf({
      paragraphs: ['Text.'],
      title: '  NHS leaders   have taken great strides ',
      author: 'NHS Confederation',
      creationDate: new Date('2022-02-09T10:00:00Z'),
      id: ['aa000000000000000000000000000000', 'bb000000000000000000000000000000'],
    });
    const { info } = await (await openPdfInNode(bytes)).getMetadata();
    expect(pdfMetadata(info, 'https://example.org/x.pdf')).toEqual({
      title: 'NHS leaders have taken great strides',
      author: 'NHS Confederation',
      publishedDate: '2022-02-09',
    });
  });

  it('falls back to the file name when the PDF has no title, and never trusts odd values', () => {
    expect(pdfMetadata({ Title: '', Author: 42 }, 'https://example.org/papers/white%20paper.pdf')).toEqual({ title: 'white paper.pdf' });
    expect(pdfMetadata(null, undefined, 'local.pdf')).toEqual({ title: 'local.pdf' });
    expect(pdfMetadata(undefined)).toEqual({ title: 'Untitled PDF' });
  });
});

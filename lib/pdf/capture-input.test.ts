import { describe, expect, it } from 'vitest';
import { CaptureInput } from '../messaging/page-input';
import { joinPages } from './document-text';
import { pdfCaptureInput } from './capture-input';

describe('capturing a PDF as a statement', () => {
  const doc = joinPages(['NHS leaders have taken great strides.\n', 'Matthew Taylor said: “more to do”.']);

  it('hands the capture page the PDF’s address, metadata and text, in the shape the background accepts', () => {
    const input = pdfCaptureInput(
      { url: 'https://example.org/statement.pdf', fingerprint: 'ab' },
      { title: 'NHS leaders', author: 'NHS Confederation', publishedDate: '2022-02-09' },
      doc,
    );
    expect(input).toEqual({
      url: 'https://example.org/statement.pdf',
      metadata: {
        title: 'NHS leaders',
        author: 'NHS Confederation',
        publishedDate: '2022-02-09',
        canonicalUrl: 'https://example.org/statement.pdf',
        mainText: doc.text.trim(),
      },
    });
    expect(CaptureInput.safeParse(input).success).toBe(true);
  });

  it('offers nothing for a PDF from disk or one without text (a scan)', () => {
    expect(pdfCaptureInput({ fingerprint: 'ab' }, { title: 't' }, doc)).toBeNull();
    expect(pdfCaptureInput({ url: 'https://example.org/scan.pdf', fingerprint: 'ab' }, { title: 't' }, joinPages(['', ' ']))).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { MAX_PDF_BYTES, fetchPdf } from './fetch-pdf';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

function setUp(granted: boolean, answer: () => Promise<Response>) {
  const contains = vi.fn(() => Promise.resolve(granted));
  Object.assign(browser, { permissions: { ...browser.permissions, contains } });
  const fetched = vi.fn((_url: string, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetched);
  return { contains, fetched };
}

describe('fetching a PDF for the viewer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a PDF the site lets any origin read, without asking for access and without cookies', async () => {
    const { contains, fetched } = setUp(false, () => Promise.resolve(new Response(PDF)));
    await expect(fetchPdf('https://example.org/docs/a.pdf')).resolves.toEqual({ bytes: PDF });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    expect(fetched.mock.calls[0]?.[1]).toEqual({ credentials: 'omit' });
  });

  it('asks for access to the PDF’s origin only when it cannot read it without', async () => {
    setUp(false, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchPdf('https://example.org/docs/a.pdf')).resolves.toEqual({ needsPermission: 'https://example.org/*' });
  });

  it('with access, sends the user’s cookies, and says why a download failed', async () => {
    const { fetched } = setUp(true, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchPdf('https://example.org/a.pdf')).rejects.toThrow('The PDF could not be downloaded (Failed to fetch).');
    expect(fetched.mock.calls[0]?.[1]).toEqual({ credentials: 'include' });
    setUp(true, () => Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })));
    await expect(fetchPdf('https://example.org/a.pdf')).rejects.toThrow('The server answered 404 Not Found for this PDF.');
  });

  it('refuses what is not on the web, and what is too large to open', async () => {
    setUp(true, () => Promise.resolve(new Response(PDF, { headers: { 'content-length': String(MAX_PDF_BYTES + 1) } })));
    await expect(fetchPdf('file:///home/me/a.pdf')).rejects.toThrow('Only PDFs on the web (http or https) can be opened by address');
    await expect(fetchPdf('https://example.org/huge.pdf')).rejects.toThrow(/the viewer opens PDFs up to 300 MB/);
  });
});

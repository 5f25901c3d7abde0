// The PDF viewer extension page (pdf-viewer.html): PDF.js with the Policy Lens sidebar,
// for PDFs opened with "Open in Policy Lens" (`?file=<address>`) and files from disk.
// An extension page shares the extension's origin, so it opens the database itself.
import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'pdfjs-dist/web/pdf_viewer.css';
import '@/components/pdf/pdf-viewer.css';
import { PdfViewerPage } from '@/components/pdf/PdfViewerPage';
import { fileFromSearch } from '@/lib/pdf/viewer-link';
import { openDatabase } from '@/lib/storage/db';

const db = openDatabase();
const file = fileFromSearch(location.search);
const initial = file ? ({ kind: 'web', url: file } as const) : null;

const container = document.getElementById('root');
if (!container) throw new Error('pdf-viewer.html has no #root');
createRoot(container).render(
  <StrictMode>
    <PdfViewerPage db={db} initial={initial} />
  </StrictMode>,
);

// The Highlights extension page (highlights.html): every saved highlight, searchable.
// An extension page shares the extension's origin, so it opens the database itself.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { HighlightsPage } from '@/components/highlights/HighlightsPage';
import '@/components/highlights/highlights.css';
import { highlightLink } from '@/lib/highlights/open-link';
import type { Annotation } from '@/lib/schema';
import { openDatabase } from '@/lib/storage/db';

const db = openDatabase();

/** A new tab on the highlight's page; the content script scrolls to it and drops the fragment. */
function openAtItsPlace(annotation: Annotation) {
  return browser.tabs.create({ url: highlightLink(annotation) });
}

const container = document.getElementById('root');
if (!container) throw new Error('highlights.html has no #root');
createRoot(container).render(
  <StrictMode>
    <HighlightsPage db={db} onOpen={openAtItsPlace} />
  </StrictMode>,
);

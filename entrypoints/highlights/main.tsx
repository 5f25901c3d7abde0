// The Highlights extension page (highlights.html): every saved highlight, searchable.
// An extension page shares the extension's origin, so it opens the database itself.
import '@/lib/zod-jitless';
import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { HighlightsPage } from '@/components/highlights/HighlightsPage';
import '@/components/highlights/highlights.css';
import { SyncPanel } from '@/components/sync/SyncPanel';
import { syncActions } from '@/components/sync/sync-actions';
import '@/components/sync/sync.css';
import { pageToBackground } from '@/lib/messaging/protocol';
import { highlightLink } from '@/lib/highlights/open-link';
import { pdfHighlightPath, viewerPath } from '@/lib/pdf/viewer-link';
import type { Annotation } from '@/lib/schema';
import { openDatabase } from '@/lib/storage/db';
import { eventChoices } from '@/lib/sync/select-scope';

const db = openDatabase();

/** A new tab on the highlight's page (a PDF's opens in the PDF viewer); it scrolls to the highlight. */
function openAtItsPlace(annotation: Annotation) {
  return browser.tabs.create({ url: annotation.pdf ? browser.runtime.getURL(pdfHighlightPath(annotation)) : highlightLink(annotation) });
}

const actions = syncActions(db, () => pageToBackground.sendMessage('textsChanged', undefined));

function Page() {
  const events = useLiveQuery(() => eventChoices(db), [], []);
  return (
    <>
      <p className="pdf-open-link">
        <a href={browser.runtime.getURL(viewerPath())} target="_blank" rel="noopener">
          Open a PDF in Policy Lens
        </a>
      </p>
      <HighlightsPage db={db} onOpen={openAtItsPlace} />
      <SyncPanel actions={actions} events={events} />
    </>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('highlights.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

// The Dashboard extension page (dashboard.html): stance matrix, timelines, search and
// hand-made records. An extension page shares the extension's origin, so it opens the
// database itself; saved statements and quotes ask the background to rebuild the text index.
import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from '@/components/dashboard/DashboardPage';
import '@/components/highlights/highlights.css';
import '@/components/dashboard/dashboard.css';
import '@/components/corpus/corpus-sources.css';
import { corpusActions } from '@/components/corpus/corpus-actions';
import { pageToBackground } from '@/lib/messaging/protocol';
import { openDatabase } from '@/lib/storage/db';

const db = openDatabase();

const container = document.getElementById('root');
if (!container) throw new Error('dashboard.html has no #root');
createRoot(container).render(
  <StrictMode>
    <DashboardPage
      db={db}
      onTextsChanged={() => pageToBackground.sendMessage('textsChanged', undefined)}
      corpusActions={corpusActions(db)}
    />
  </StrictMode>,
);

// The capture page (capture.html?id=…): the analyst confirms or corrects what was
// read from a page before it becomes a statement. It opens the database itself.
import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CapturePage } from '@/components/capture/CapturePage';
import '@/components/capture/capture.css';
import { CaptureHowTo } from '@/components/ui/CaptureHowTo';
import { pageToBackground } from '@/lib/messaging/protocol';
import { openDatabase } from '@/lib/storage/db';

const db = openDatabase();
const captureId = new URLSearchParams(location.search).get('id') ?? '';

const container = document.getElementById('root');
if (!container) throw new Error('capture.html has no #root');
createRoot(container).render(
  <StrictMode>
    {captureId === '' ? (
      <CaptureHowTo />
    ) : (
      <CapturePage db={db} captureId={captureId} onSaved={(statementId) => pageToBackground.sendMessage('textsChanged', [statementId])} />
    )}
  </StrictMode>,
);

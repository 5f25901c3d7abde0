// The extension's PDF page: PDF.js's viewer with Policy Lens's toolbar, and the same
// sidebar as on web pages. It opens the PDF named in its address (`?file=`), a file the
// user picks or drops, and shows the highlight named in its fragment once anchored.
import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { highlightIdFromHash } from '@/lib/highlights/open-link';
import { contentToBackground } from '@/lib/messaging/protocol';
import { pdfCaptureInput } from '@/lib/pdf/capture-input';
import { inTextField, viewerAction } from '@/lib/pdf/viewer-keys';
import { VIEWER_MARKS } from '@/lib/pdf/viewer-timing';
import type { PolicyLensDb } from '@/lib/storage/db';
import { requestOriginAccess } from './fetch-pdf';
import { PdfView } from './pdf-view';
import { PdfToolbar } from './PdfToolbar';
import { ShadowSidebar } from './ShadowSidebar';
import { type PdfSource, usePdfSession } from './use-pdf-session';

export function PdfViewerPage({ db, initial }: { db: PolicyLensDb; initial: PdfSource | null }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const viewRef = useRef<PdfView | null>(null);
  const [page, setPage] = useState({ page: 0, count: 0 });
  const [scale, setScale] = useState('auto');
  const [findResult, setFindResult] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const view = useCallback(() => viewRef.current, []);
  const session = usePdfSession(db, view);
  const { status, open, report, load } = session;

  useEffect(() => {
    if (!containerRef.current || !viewerRef.current) return;
    viewRef.current = new PdfView(containerRef.current, viewerRef.current, {
      onPageChange: (n, count) => setPage({ page: n, count }),
      onScaleChange: setScale,
      onFindResult: ({ current, total, notFound }) =>
        setFindResult(notFound ? 'Not found' : total > 0 ? `${current} of ${total} ${total === 1 ? 'match' : 'matches'}` : ''),
    });
    if (initial) void load(initial);
    return () => void viewRef.current?.close();
  }, [initial, load]);

  // For the benchmark (lib/pdf/viewer-timing.ts): when the sidebar first shows its answer, and when everything is shown.
  useEffect(() => {
    if (report) performance.mark(VIEWER_MARKS.sidebarAnswer);
  }, [report]);
  useEffect(() => {
    if (status.kind === 'ready') performance.mark(VIEWER_MARKS.ready);
  }, [status]);

  // A link from the Highlights page names a highlight: show it once the document is ready.
  const target = useRef(highlightIdFromHash(location.hash));
  const [openedForHighlight] = useState(() => highlightIdFromHash(location.hash) !== null);
  useEffect(() => {
    const id = target.current;
    if (status.kind !== 'ready' || !id) return;
    target.current = null;
    setFocusedId(id);
    void viewRef.current?.reveal(id);
  }, [status]);

  const { saveSelection } = session;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = viewerAction(event, inTextField(event));
      const pdf = viewRef.current;
      if (!action || !pdf) return;
      event.preventDefault();
      if (action === 'find') findRef.current?.focus();
      else if (action === 'find-next' || action === 'find-previous') {
        const query = findRef.current?.value;
        if (query) pdf.find(query, action === 'find-previous', true);
      } else if (action === 'zoom-in') pdf.zoomIn();
      else if (action === 'zoom-out') pdf.zoomOut();
      else if (action === 'zoom-reset') pdf.scale = '1';
      else if (action === 'next-page') pdf.goToPage(page.page + 1);
      else if (action === 'previous-page') pdf.goToPage(page.page - 1);
      else if (action === 'first-page') pdf.goToPage(1);
      else if (action === 'last-page') pdf.goToPage(pdf.pageCount);
      else void saveSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page, saveSelection]);

  const onDrop = (event: DragEvent) => {
    const file = [...event.dataTransfer.files].find((f) => f.type === 'application/pdf' || f.name.toLowerCase().endsWith('.pdf'));
    if (!file) return;
    event.preventDefault();
    history.replaceState(null, '', location.pathname);
    void load({ kind: 'file', file });
  };

  const captureInput = open?.doc ? pdfCaptureInput(open.identity, open.metadata, open.doc) : null;
  const capture = captureInput ? () => void contentToBackground.sendMessage('startCapture', captureInput) : undefined;

  return (
    <div
      className={collapsed || !report ? 'pdf-app' : 'pdf-app pdf-app--sidebar'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={onDrop}
    >
      <PdfToolbar
        status={status}
        page={page.page}
        pageCount={page.count}
        scale={scale}
        findResult={findResult}
        findRef={findRef}
        onOpenFile={(file) => {
          history.replaceState(null, '', location.pathname);
          void load({ kind: 'file', file });
        }}
        onPage={(n) => viewRef.current?.goToPage(n)}
        onScale={(value) => {
          if (viewRef.current) viewRef.current.scale = value;
        }}
        onZoomIn={() => viewRef.current?.zoomIn()}
        onZoomOut={() => viewRef.current?.zoomOut()}
        onFind={(query, previous, again) => viewRef.current?.find(query, previous, again)}
        onSave={() => void saveSelection()}
      />
      {session.notice && (
        <p className="pdf-notice" role="alert">
          {session.notice}
        </p>
      )}
      {status.kind === 'empty' && (
        <div className="pdf-message">
          <h1>Open a PDF in Policy Lens</h1>
          <p>
            {openedForHighlight
              ? 'The highlight you opened is in a PDF from your computer: choose that file with “Open a PDF file…”, or drop it here.'
              : 'Choose a PDF file with “Open a PDF file…”, or drop one here.'}
          </p>
        </div>
      )}
      {status.kind === 'needs-permission' && (
        <div className="pdf-message">
          <h1>Allow Policy Lens to read this PDF?</h1>
          <p>
            To open <span className="pdf-address">{status.url}</span>, Policy Lens needs access to{' '}
            <span className="pdf-address">{status.pattern}</span>. It reads the PDF and nothing else is sent anywhere.
          </p>
          <button
            type="button"
            className="pdf-button"
            onClick={() =>
              void requestOriginAccess(status.pattern).then(async (granted) => {
                if (granted) await load({ kind: 'web', url: status.url });
              })
            }
          >
            Allow access to {new URL(status.url).host}
          </button>
        </div>
      )}
      {status.kind === 'error' && (
        <div className="pdf-message" role="alert">
          <h1>The PDF could not be opened</h1>
          <p>{status.message}</p>
        </div>
      )}
      <div ref={containerRef} className="pdf-container" tabIndex={0} aria-label="PDF pages">
        <div ref={viewerRef} className="pdfViewer" />
      </div>
      {report && (
        <ShadowSidebar>
          <Sidebar
            report={report}
            focusedQuoteId={focusedId}
            onShowInPage={(id) => {
              setFocusedId(id);
              void viewRef.current?.reveal(id);
            }}
            onCollapse={() => setCollapsed((c) => !c)}
            onDismiss={() => setCollapsed(true)}
            onCapture={capture}
            collapsed={collapsed}
            highlights={session.highlights}
            highlightActions={session.actions}
          />
        </ShadowSidebar>
      )}
    </div>
  );
}

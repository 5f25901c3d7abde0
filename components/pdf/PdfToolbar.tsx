// The viewer's toolbar: open a file, page navigation, zoom, find in document, save the
// selection, and the reading progress. Every control is a labelled native control.
import { type FormEvent, type RefObject, useState } from 'react';
import type { SessionStatus } from './use-pdf-session';
import { ZOOM_PRESETS } from './pdf-view';

const ZOOM_LABELS: Record<(typeof ZOOM_PRESETS)[number], string> = {
  auto: 'Automatic',
  'page-width': 'Page width',
  'page-fit': 'Whole page',
  '0.5': '50%',
  '0.75': '75%',
  '1': '100%',
  '1.25': '125%',
  '1.5': '150%',
  '2': '200%',
  '3': '300%',
};

export interface ToolbarProps {
  status: SessionStatus;
  page: number;
  pageCount: number;
  scale: string;
  findResult: string;
  findRef: RefObject<HTMLInputElement | null>;
  onOpenFile(file: File): void;
  onPage(page: number): void;
  onScale(value: string): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFind(query: string, previous: boolean, again: boolean): void;
  onSave(): void;
}

function statusText(status: SessionStatus): string {
  switch (status.kind) {
    case 'empty':
      return 'No PDF open';
    case 'loading':
      return 'Opening the PDF…';
    case 'reading':
      return `Reading text: ${status.done} of ${status.total} pages`;
    case 'ready':
      return `${status.pages} ${status.pages === 1 ? 'page' : 'pages'}, text read`;
    case 'needs-permission':
      return 'Waiting for access';
    case 'error':
      return 'Could not open the PDF';
  }
}

export function PdfToolbar(props: ToolbarProps) {
  const { status, page, pageCount, scale, findResult, findRef } = props;
  const [pageInput, setPageInput] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [lastQuery, setLastQuery] = useState('');
  const hasText = status.kind === 'ready' || status.kind === 'reading';
  const submitPage = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(pageInput);
    if (Number.isInteger(n)) props.onPage(n);
    setPageInput(null);
  };
  const find = (previous: boolean) => {
    if (!query) return;
    props.onFind(query, previous, query === lastQuery);
    setLastQuery(query);
  };
  const scaleOptions: readonly string[] = ZOOM_PRESETS;
  return (
    <header className="pdf-toolbar" role="toolbar" aria-label="PDF viewer">
      <label className="pdf-button pdf-file">
        Open a PDF file…
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onOpenFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <nav className="pdf-group" aria-label="Pages">
        <button type="button" className="pdf-button" onClick={() => props.onPage(page - 1)} disabled={page <= 1}>
          Previous page
        </button>
        <form onSubmit={submitPage}>
          <label>
            Page{' '}
            <input
              className="pdf-page-input"
              inputMode="numeric"
              value={pageInput ?? String(page)}
              onChange={(e) => setPageInput(e.currentTarget.value)}
              onBlur={submitPage}
              disabled={pageCount === 0}
            />
          </label>{' '}
          of {pageCount}
        </form>
        <button type="button" className="pdf-button" onClick={() => props.onPage(page + 1)} disabled={page >= pageCount}>
          Next page
        </button>
      </nav>
      <div className="pdf-group" role="group" aria-label="Zoom">
        <button type="button" className="pdf-button" onClick={props.onZoomOut} aria-label="Zoom out">
          −
        </button>
        <select aria-label="Zoom" value={scaleOptions.includes(scale) ? scale : ''} onChange={(e) => props.onScale(e.currentTarget.value)}>
          {!scaleOptions.includes(scale) && <option value="">{`${Math.round(Number(scale) * 100)}%`}</option>}
          {ZOOM_PRESETS.map((value) => (
            <option key={value} value={value}>
              {ZOOM_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="button" className="pdf-button" onClick={props.onZoomIn} aria-label="Zoom in">
          +
        </button>
      </div>
      <div role="search" className="pdf-group">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            find(false);
          }}
        >
          <input
            ref={findRef}
            type="search"
            aria-label="Find in document"
            placeholder="Find in document"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.shiftKey) {
                e.preventDefault();
                find(true);
              }
            }}
            disabled={!hasText}
          />
          <button type="button" className="pdf-button" onClick={() => find(true)} disabled={!query}>
            Previous match
          </button>
          <button type="submit" className="pdf-button" disabled={!query}>
            Next match
          </button>
          <output className="pdf-find-result" aria-live="polite">
            {findResult}
          </output>
        </form>
      </div>
      <button
        type="button"
        className="pdf-button pdf-save"
        // Keep the selection: a pressed button must not take it away before the click.
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onSave}
        disabled={status.kind !== 'ready'}
      >
        Save quote
      </button>
      <p className="pdf-status" role="status">
        {statusText(status)}
      </p>
    </header>
  );
}

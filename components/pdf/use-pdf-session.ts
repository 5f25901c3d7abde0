// One PDF open in the viewer, from its bytes to what the sidebar shows: PDF.js opens
// it, its text is read page by page (with progress), the background recognises it
// with the same detection as web pages, and the user's highlights in this document
// (by address or fingerprint) are re-anchored and painted. Their database read starts as
// soon as the fingerprint is known, while the text is read, and they are anchored and
// painted as soon as the text is there, before recognition answers (its quotes are painted
// when it does), so nothing else queues in front of them. Saving, editing and
// deleting highlights go through lib/storage and the background as on web pages.
import { useCallback, useMemo, useRef, useState } from 'react';
import { MAX_PAGE_CHARS } from '@/lib/dom/page-text';
import type { HighlightActions, HighlightsModel, Vocabulary } from '@/lib/highlights-view';
import { contentToBackground } from '@/lib/messaging/protocol';
import type { PageReport } from '@/lib/page-report';
import type { DocumentText } from '@/lib/pdf/document-text';
import { extractDocumentText } from '@/lib/pdf/extract-text';
import { type PdfIdentity, highlightAddress, pdfIdentity } from '@/lib/pdf/identity';
import { pdfMarks } from '@/lib/pdf/marks';
import { type PlacedHighlight, describePdfOffsets, newPdfAnnotation, placeHighlights } from '@/lib/pdf/pdf-highlights';
import { type PdfMetadata, pdfMetadata } from '@/lib/pdf/pdf-metadata';
import { ANCHOR_PAINT_MEASURE, REANCHOR_MEASURE, VIEWER_MARKS, measureSince, measured } from '@/lib/pdf/viewer-timing';
import type { Annotation } from '@/lib/schema';
import { createAnnotation } from '@/lib/storage/annotations';
import type { PolicyLensDb } from '@/lib/storage/db';
import { annotationsForPdf } from '@/lib/storage/pdf-annotations';
import { checkSize, fetchPdf } from './fetch-pdf';
import type { PdfView } from './pdf-view';

export type PdfSource = { kind: 'web'; url: string } | { kind: 'file'; file: File };

export type SessionStatus =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'needs-permission'; url: string; pattern: string }
  | { kind: 'error'; message: string }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'ready'; pages: number };

export interface OpenPdf {
  identity: PdfIdentity;
  metadata: PdfMetadata;
  doc: DocumentText | null;
}

const EMPTY_VOCABULARY: Vocabulary = { people: [], organisations: [], topics: [] };
const emptyReport = (highlights: Annotation[]): PageReport => ({ found: [], counterparts: [], sameVoices: [], highlights });

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function usePdfSession(db: PolicyLensDb, view: () => PdfView | null) {
  const [status, setStatus] = useState<SessionStatus>({ kind: 'empty' });
  const [open, setOpen] = useState<OpenPdf | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [placed, setPlaced] = useState<PlacedHighlight[]>([]);
  const [vocabulary, setVocabulary] = useState<Vocabulary>(EMPTY_VOCABULARY);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<{ abort: AbortController; open: OpenPdf | null }>({ abort: new AbortController(), open: null });

  const paint = useCallback(
    (found: PageReport['found'], highlights: PlacedHighlight[]) => view()?.setMarks(pdfMarks(found, highlights)),
    [view],
  );

  const place = useCallback(
    (doc: DocumentText, saved: Annotation[], found: PageReport['found']) =>
      measured(ANCHOR_PAINT_MEASURE, () => {
        const highlights = placeHighlights(doc, saved);
        setPlaced(highlights);
        paint(found, highlights);
        return highlights;
      }),
    [paint],
  );

  const load = useCallback(
    async (source: PdfSource) => {
      const pdfView = view();
      if (!pdfView) return;
      current.current.abort.abort(new Error('Another PDF was opened'));
      const abort = new AbortController();
      current.current = { abort, open: null };
      setStatus({ kind: 'loading' });
      setOpen(null);
      setReport(null);
      setPlaced([]);
      setNotice(null);
      try {
        let bytes: Uint8Array;
        if (source.kind === 'web') {
          const fetched = await fetchPdf(source.url);
          if ('needsPermission' in fetched) {
            setStatus({ kind: 'needs-permission', url: source.url, pattern: fetched.needsPermission });
            return;
          }
          bytes = fetched.bytes;
        } else {
          checkSize(source.file.size);
          bytes = new Uint8Array(await source.file.arrayBuffer());
        }
        const pdf = await pdfView.open(bytes).catch((error: unknown) => {
          throw new Error(`This file is not a PDF the viewer can read (${message(error)}).`);
        });
        const address = source.kind === 'web' ? source.url : undefined;
        const identity = pdfIdentity(pdf.fingerprints, address);
        const saved = annotationsForPdf(db, identity);
        // Awaited once the text is read; this only keeps a failure before then from being reported as unhandled.
        saved.catch(() => undefined);
        const info = (await pdf.getMetadata()).info;
        const metadata = pdfMetadata(info, address, source.kind === 'file' ? source.file.name : undefined);
        const opened: OpenPdf = { identity, metadata, doc: null };
        current.current.open = opened;
        setOpen(opened);
        document.title = `${metadata.title} – Policy Lens`;
        setStatus({ kind: 'reading', done: 0, total: pdf.numPages });
        const doc = await extractDocumentText(pdf, (done, total) => setStatus({ kind: 'reading', done, total }), abort.signal);
        performance.mark(VIEWER_MARKS.textRead);
        const withText = { ...opened, doc };
        current.current.open = withText;
        setOpen(withText);
        pdfView.setText(doc);
        // The same detection as a web page: the document's address (or urn) and its text. Asked
        // now, and awaited once the highlights are painted (the same guard against an unhandled failure).
        const answer = Promise.all([
          contentToBackground.sendMessage('detectPage', { urls: [highlightAddress(identity)], text: doc.text.slice(0, MAX_PAGE_CHARS) }),
          contentToBackground.sendMessage('vocabulary', undefined),
        ]);
        answer.catch(() => undefined);
        const stored = await saved;
        abort.signal.throwIfAborted();
        const highlights = place(doc, stored, []);
        measureSince(REANCHOR_MEASURE, VIEWER_MARKS.textRead);
        const [detected, words] = await answer;
        abort.signal.throwIfAborted();
        const found = detected?.found ?? [];
        setReport(detected ?? emptyReport([]));
        setVocabulary(words);
        if (found.length > 0) paint(found, highlights);
        setStatus({ kind: 'ready', pages: pdf.numPages });
      } catch (error) {
        if (abort.signal.aborted) return;
        setStatus({ kind: 'error', message: message(error) });
      }
    },
    [db, view, place, paint],
  );

  /** Saves the selection in the text layer as a highlight, which then opens in the sidebar's editor. */
  const saveSelection = useCallback(async () => {
    const opened = current.current.open;
    const pdfView = view();
    if (!opened?.doc || !pdfView) return;
    const offsets = pdfView.selectionOffsets(document.getSelection());
    const selection = offsets && describePdfOffsets(opened.doc, offsets.start, offsets.end);
    if (!selection) {
      setNotice('Select some text in the PDF first, then save it as a quote.');
      return;
    }
    const annotation = await createAnnotation(db, newPdfAnnotation(opened.identity, opened.metadata.title, selection, report?.recognised?.statement.id));
    document.getSelection()?.removeAllRanges();
    setNotice(null);
    setEditingId(annotation.id);
    const next = [...placed, { annotation, anchor: { start: selection.position.start, end: selection.position.end, score: 1 }, page: selection.page }];
    setPlaced(next);
    paint(report?.found ?? [], next);
  }, [db, view, report, placed, paint]);

  const replace = useCallback(
    (next: PlacedHighlight[]) => {
      setPlaced(next);
      paint(report?.found ?? [], next);
    },
    [report, paint],
  );

  const actions: HighlightActions = useMemo(
    () => ({
      onShowHighlight: (id) => void view()?.reveal(id),
      async onUpdate(id, changes) {
        const updated = await contentToBackground.sendMessage('updateAnnotation', { id, changes });
        replace(placed.map((p) => (p.annotation.id === id ? { ...p, annotation: updated } : p)));
      },
      async onDelete(id) {
        await contentToBackground.sendMessage('deleteHighlight', id);
        replace(placed.filter((p) => p.annotation.id !== id));
      },
      async onUndoDelete(id) {
        const opened = current.current.open;
        if (!opened?.doc) return;
        await contentToBackground.sendMessage('undoDeleteHighlight', id);
        place(opened.doc, await annotationsForPdf(db, opened.identity), report?.found ?? []);
      },
      onCreatePerson: (name) => contentToBackground.sendMessage('createPerson', name),
      onCreateOrganisation: (name, kind) => contentToBackground.sendMessage('createOrganisation', { name, kind }),
    }),
    [db, view, placed, replace, place, report],
  );

  const highlights: HighlightsModel = useMemo(
    () => ({ items: placed.map((p) => ({ annotation: p.annotation, anchored: p.anchor !== null })), vocabulary, editingId }),
    [placed, vocabulary, editingId],
  );

  return { status, open, report, highlights, actions, notice, load, saveSelection };
}

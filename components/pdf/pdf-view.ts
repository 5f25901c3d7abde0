// The PDF.js viewer of the extension's PDF page: PDF.js's own viewer components
// (pages rendered lazily with a real text layer, find in document, zoom, page
// navigation), plus what Policy Lens adds over them: its marks (known quotes and the
// user's highlights) painted as boxes over the text layer's words, and the user's
// selection read as offsets into the document's text. Marks are boxes in a layer of
// their own rather than elements wrapped around the text, because PDF.js rewrites
// its text layer (find highlighting, re-rendering on zoom) and would drop them;
// each page's marks are painted again whenever PDF.js renders its text layer.
import { AnnotationEditorType, AnnotationMode, GlobalWorkerOptions, type PDFDocumentProxy, getDocument } from 'pdfjs-dist';
import { EventBus, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { offsetsFromRange } from '@/lib/anchoring/describe';
import { rangeFromOffsets } from '@/lib/dom/page-text';
import { type DocumentText, pageOfOffset, pageSpan } from '@/lib/pdf/document-text';
import type { Mark } from '@/lib/pdf/marks';
import { type LayerNodes, mapTextLayer, renderedText } from '@/lib/pdf/text-layer-map';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The element of a painted box; this is the extension's own viewer page, so no web page sees it. */
const MARK_TAG = 'policy-lens-mark';
/** The class of the layer over each page that holds its boxes. */
const MARK_LAYER_CLASS = 'pl-pdf-marks';

/** PDF.js's zoom steps are its own (increaseScale / decreaseScale); these are the named ones. */
export const ZOOM_PRESETS = ['auto', 'page-width', 'page-fit', '0.5', '0.75', '1', '1.25', '1.5', '2', '3'] as const;

interface PageViewLike {
  id: number;
  div: HTMLDivElement;
  textLayer?: { div: HTMLDivElement } | null;
}

export interface PdfViewEvents {
  onPageChange(page: number, count: number): void;
  onScaleChange(value: string): void;
  onFindResult(state: { current: number; total: number; notFound: boolean }): void;
}

/** FindState.NOT_FOUND in PDF.js. */
const FIND_NOT_FOUND = 1;

export class PdfView {
  readonly eventBus = new EventBus();
  /** The document's own links to elsewhere open in a new tab, never replacing the viewer. */
  private readonly linkService = new PDFLinkService({ eventBus: this.eventBus, externalLinkTarget: LinkTarget.BLANK, externalLinkRel: 'noopener noreferrer nofollow' });
  private readonly findController = new PDFFindController({ eventBus: this.eventBus, linkService: this.linkService });
  private readonly viewer: PDFViewer;
  private doc: DocumentText | null = null;
  private marks: Mark[] = [];
  /** The text layers PDF.js has rendered, by page number. */
  private readonly layers = new Map<number, { view: PageViewLike; nodes: LayerNodes }>();
  private pdf: PDFDocumentProxy | null = null;

  constructor(container: HTMLDivElement, viewerDiv: HTMLDivElement, events: PdfViewEvents) {
    this.viewer = new PDFViewer({
      container,
      viewer: viewerDiv,
      eventBus: this.eventBus,
      linkService: this.linkService,
      findController: this.findController,
      // Links and form appearances are shown; PDF.js's own editing tools are not offered.
      annotationMode: AnnotationMode.ENABLE,
      annotationEditorMode: AnnotationEditorType.DISABLE,
    });
    this.linkService.setViewer(this.viewer);
    this.eventBus.on('textlayerrendered', ({ source, pageNumber }: { source: PageViewLike; pageNumber: number }) => {
      this.layerRendered(source, pageNumber);
    });
    // Find highlighting rewrites the layer's text nodes: map them again.
    this.eventBus.on('updatetextlayermatches', () => {
      for (const [page, { view }] of this.layers) this.layerRendered(view, page);
    });
    this.eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => events.onPageChange(pageNumber, this.viewer.pagesCount));
    this.eventBus.on('pagesinit', () => {
      this.viewer.currentScaleValue = 'auto';
      events.onPageChange(1, this.viewer.pagesCount);
    });
    this.eventBus.on('scalechanging', ({ presetValue, scale }: { presetValue?: string; scale: number }) =>
      events.onScaleChange(presetValue ?? String(scale)),
    );
    this.eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
      events.onFindResult({ ...matchesCount, notFound: false }),
    );
    this.eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) =>
      events.onFindResult({ ...matchesCount, notFound: state === FIND_NOT_FOUND }),
    );
  }

  /** Opens a PDF from its bytes (fetched or read from a file); replaces any open one. */
  async open(data: Uint8Array): Promise<PDFDocumentProxy> {
    await this.close();
    // No eval in extension pages; PDF.js then interprets fonts instead of compiling them.
    const pdf = await getDocument({ data, isEvalSupported: false }).promise;
    this.pdf = pdf;
    this.viewer.setDocument(pdf);
    this.linkService.setDocument(pdf);
    return pdf;
  }

  async close(): Promise<void> {
    this.layers.clear();
    this.doc = null;
    this.marks = [];
    const old = this.pdf;
    this.pdf = null;
    if (old) await old.destroy();
  }

  /** The document's text is known (extraction finished): selections and marks can use it. */
  setText(doc: DocumentText): void {
    this.doc = doc;
    for (const [page, { view }] of this.layers) this.layerRendered(view, page);
  }

  setMarks(marks: Mark[]): void {
    this.marks = marks;
    for (const { view } of this.layers.values()) this.paint(view);
  }

  goToPage(page: number): void {
    if (page >= 1 && page <= this.viewer.pagesCount) this.viewer.currentPageNumber = page;
  }

  /** Brings a mark's page into view, then the mark itself once its text layer is there. */
  async reveal(id: string): Promise<void> {
    const mark = this.marks.find((m) => m.id === id);
    if (!mark || !this.doc) return;
    const page = pageOfOffset(this.doc, mark.start);
    this.goToPage(page);
    for (let attempt = 0; attempt < 50; attempt++) {
      const box = this.layers.get(page)?.view.div.querySelector(`${MARK_TAG}[data-highlight-id="${CSS.escape(id)}"]`);
      if (box) {
        box.scrollIntoView({ block: 'center' });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  get pageCount(): number {
    return this.viewer.pagesCount;
  }

  set scale(value: string) {
    this.viewer.currentScaleValue = value;
  }

  zoomIn(): void {
    this.viewer.increaseScale();
  }

  zoomOut(): void {
    this.viewer.decreaseScale();
  }

  find(query: string, previous = false, again = false): void {
    this.eventBus.dispatch('find', {
      source: this,
      type: again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
  }

  /** The user's selection in the text layer as offsets into the document's text, or null. */
  selectionOffsets(selection: Selection | null): { start: number; end: number } | null {
    if (!this.doc || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const layers = [...this.layers.entries()]
      .filter(([, { view }]) => view.div.isConnected)
      .sort(([a], [b]) => a - b)
      .map(([, { nodes }]) => nodes);
    return offsetsFromRange(renderedText(this.doc, layers), selection.getRangeAt(0));
  }

  private layerRendered(view: PageViewLike, page: number): void {
    const layer = view.textLayer?.div;
    if (!layer || !this.doc) {
      if (layer) this.layers.set(page, { view, nodes: { nodes: [], starts: [] } });
      return;
    }
    this.layers.set(page, { view, nodes: mapTextLayer(this.doc, page, layer) });
    this.paint(view);
  }

  private paint(view: PageViewLike): void {
    view.div.querySelector(`:scope > .${MARK_LAYER_CLASS}`)?.remove();
    const entry = this.layers.get(view.id);
    if (!this.doc || !entry || entry.nodes.nodes.length === 0) return;
    const span = pageSpan(this.doc, view.id);
    const onPage = this.marks.filter((m) => m.start < span.end && m.end > span.start);
    if (onPage.length === 0) return;
    const text = renderedText(this.doc, [entry.nodes]);
    const layer = document.createElement('div');
    layer.className = MARK_LAYER_CLASS;
    const origin = view.div.getBoundingClientRect();
    const left = origin.left + view.div.clientLeft;
    const top = origin.top + view.div.clientTop;
    for (const mark of onPage) {
      const range = rangeFromOffsets(text, Math.max(mark.start, span.start), Math.min(mark.end, span.end));
      if (!range) continue;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = document.createElement(MARK_TAG);
        box.dataset.highlightId = mark.id;
        box.title = mark.title;
        box.style.cssText = `left:${rect.left - left}px;top:${rect.top - top}px;width:${rect.width}px;height:${rect.height}px;background:${mark.color}`;
        layer.append(box);
      }
    }
    view.div.append(layer);
  }
}

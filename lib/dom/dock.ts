// Docking the sidebar beside the page ("push"): the page's root element gets a right
// margin as wide as the sidebar, so the page's content reflows into the space left of
// it instead of running under it. The margin is an inline `!important` declaration on
// <html>, which beats the page's own rules, `html { margin: 0 !important }` included; a
// page script that rewrites <html>'s style attribute gets it back (a bounded number of
// times, so a page fighting it cannot make the two loop). Releasing puts back exactly
// what the page had: its own inline margin-right if it had one, and no style attribute
// if it had none. Fixed-position parts of a page (headers, banners) are placed against
// the window, not <html>, so they keep their width and the sidebar overlays their right end.
import type { DockMode } from './dock-mode';

/** The one property set on <html>. */
const PROPERTY = 'margin-right';

/**
 * How often the page may take the margin away during one push before it is left alone:
 * enough for a page that resets <html>'s style on its own events, few enough that a page
 * answering every restore with a removal stops within one frame's worth of work.
 */
export const MAX_RESTORES = 20;

export interface PagePush {
  /** Narrows the page by `width` CSS pixels (again, if already pushed: the sidebar's width changed). */
  apply(width: number): void;
  /** Gives the page back its own layout; nothing if it was not pushed. */
  release(): void;
  readonly pushed: boolean;
}

export function pagePush(doc: Document): PagePush {
  const root = doc.documentElement;
  const View = doc.defaultView;
  let saved: { attribute: string | null; value: string; priority: string } | null = null;
  let margin = '';
  let restores = 0;
  const ours = () => root.style.getPropertyValue(PROPERTY) === margin && root.style.getPropertyPriority(PROPERTY) === 'important';
  const set = () => root.style.setProperty(PROPERTY, margin, 'important');
  const observer = View
    ? new View.MutationObserver(() => {
        if (saved === null || ours() || restores >= MAX_RESTORES) return;
        restores += 1;
        set();
      })
    : null;

  return {
    get pushed() {
      return saved !== null;
    },
    apply(width) {
      if (saved === null) {
        saved = {
          attribute: root.getAttribute('style'),
          value: root.style.getPropertyValue(PROPERTY),
          priority: root.style.getPropertyPriority(PROPERTY),
        };
        restores = 0;
        observer?.observe(root, { attributes: true, attributeFilter: ['style'] });
      }
      margin = `${Math.max(0, Math.ceil(width))}px`;
      if (!ours()) set();
    },
    release() {
      if (saved === null) return;
      observer?.disconnect();
      const { attribute, value, priority } = saved;
      saved = null;
      if (value) root.style.setProperty(PROPERTY, value, priority);
      else root.style.removeProperty(PROPERTY);
      // The page had no style attribute, and has set nothing else in it since: leave none.
      if (attribute === null && root.style.length === 0) root.removeAttribute('style');
    },
  };
}

/**
 * When the page is pushed: in push mode, while the sidebar is shown expanded. The sidebar
 * reports its size as it draws; collapsing, dismissing or switching to overlay releases.
 */
export interface Dock {
  setMode(mode: DockMode): void;
  /** The sidebar's drawn width and whether it is collapsed to its tab. */
  setSize(width: number, collapsed: boolean): void;
  /** The sidebar is gone: release for good. */
  release(): void;
}

export function createDock(push: PagePush): Dock {
  let mode: DockMode | null = null;
  let size: { width: number; collapsed: boolean } | null = null;
  // The stored mode is read asynchronously and may arrive after the sidebar is gone.
  let released = false;
  const settle = () => {
    if (released) return;
    if (mode === 'push' && size && !size.collapsed && size.width > 0) push.apply(size.width);
    else push.release();
  };
  return {
    setMode(next) {
      mode = next;
      settle();
    },
    setSize(width, collapsed) {
      size = { width, collapsed };
      settle();
    },
    release() {
      released = true;
      push.release();
    },
  };
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RESTORES, createDock, pagePush } from './dock';

const html = () => document.documentElement;
/** Lets the MutationObserver run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => html().removeAttribute('style'));

describe('pushing the page aside', () => {
  it('gives <html> an !important right margin as wide as the sidebar, and takes it back leaving no style attribute', () => {
    const push = pagePush(document);
    push.apply(379.2);
    expect(push.pushed).toBe(true);
    expect(html().style.getPropertyValue('margin-right')).toBe('380px');
    expect(html().style.getPropertyPriority('margin-right')).toBe('important');
    push.apply(120);
    expect(html().style.getPropertyValue('margin-right')).toBe('120px');
    push.release();
    expect(push.pushed).toBe(false);
    expect(html().hasAttribute('style')).toBe(false);
  });

  it("restores the page's own inline margin and keeps what else the page set meanwhile", () => {
    html().setAttribute('style', 'margin-right: 7px; color: red');
    const push = pagePush(document);
    push.apply(300);
    html().style.setProperty('overflow', 'hidden'); // the page opens a modal while pushed
    push.release();
    expect(html().style.getPropertyValue('margin-right')).toBe('7px');
    expect(html().style.getPropertyPriority('margin-right')).toBe('');
    expect(html().style.getPropertyValue('color')).toBe('red');
    expect(html().style.getPropertyValue('overflow')).toBe('hidden');
  });

  it('keeps an !important inline margin the page had as it was', () => {
    html().style.setProperty('margin-right', '0px', 'important');
    const push = pagePush(document);
    push.apply(300);
    expect(html().style.getPropertyValue('margin-right')).toBe('300px');
    push.release();
    expect(html().style.getPropertyValue('margin-right')).toBe('0px');
    expect(html().style.getPropertyPriority('margin-right')).toBe('important');
  });

  it('puts the margin back when a page script wipes <html>’s style, but gives up on a page that keeps fighting', async () => {
    const push = pagePush(document);
    push.apply(300);
    html().removeAttribute('style');
    await settle();
    expect(html().style.getPropertyValue('margin-right')).toBe('300px');

    for (let i = 0; i < MAX_RESTORES + 5; i += 1) {
      html().style.setProperty('margin-right', '0px');
      await settle();
    }
    expect(html().style.getPropertyValue('margin-right')).toBe('0px');
    push.release();
  });

  it('does nothing on release when it never pushed', () => {
    html().setAttribute('style', 'margin-right: 3px');
    pagePush(document).release();
    expect(html().getAttribute('style')).toBe('margin-right: 3px');
  });
});

describe('when the page is pushed', () => {
  it('only in push mode while the sidebar is expanded; collapsing, overlay or removal release it', () => {
    const dock = createDock(pagePush(document));
    const margin = () => html().style.getPropertyValue('margin-right');
    dock.setSize(380, false);
    expect(margin()).toBe(''); // no mode known yet: overlay
    dock.setMode('push');
    expect(margin()).toBe('380px');
    dock.setSize(150, true);
    expect(margin()).toBe('');
    dock.setSize(380, false);
    expect(margin()).toBe('380px');
    dock.setMode('overlay');
    expect(margin()).toBe('');
    dock.setMode('push');
    dock.release();
    expect(html().hasAttribute('style')).toBe(false);
    dock.setSize(380, false); // a late size report from a removed sidebar
    dock.setMode('push'); // the stored mode, read after the sidebar was removed
    expect(margin()).toBe('');
  });
});

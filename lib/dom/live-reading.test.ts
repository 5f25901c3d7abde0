// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { liveReading } from './live-reading';
import { extractPageText } from './page-text';
import { applyTextChange } from './text-change';

/**
 * A page that is idle only in short bursts: every idle slice is told it has no time left,
 * and the clock moves a millisecond each time it is read, so even the first slice (run at
 * once) ends after a few nodes however fast the machine is.
 */
function setUp() {
  let slices = 0;
  let changes = 0;
  let clock = 0;
  const reading = liveReading({
    root: () => document.body,
    isOwnUi: (el) => el.hasAttribute('data-own'),
    whenIdle: (slice) => {
      slices++;
      setTimeout(() => slice(() => 0), 0);
    },
    now: () => clock++,
    onChange: () => changes++,
  });
  return { reading, slices: () => slices, changes: () => changes };
}

describe('the live reading of a page', () => {
  it('reads a long page in many idle slices, to the same text as one pass', async () => {
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} <b>of</b> the story.</p>`).join('');
    const { reading, slices } = setUp();
    const read = await reading.refresh();
    expect(slices()).toBeGreaterThan(10);
    expect(read?.text).toBe(extractPageText(document.body).text);
    expect(reading.take()?.change).toBeUndefined(); // the first text goes whole
    reading.stop();
  });

  it('keeps one change since the text last taken, and counts its size', async () => {
    document.body.innerHTML = '<main><p>Live coverage.</p></main><footer>Footer</footer>';
    const { reading, changes } = setUp();
    await reading.refresh();
    const sent = reading.take()?.reading.text ?? '';
    const main = document.querySelector('main') as HTMLElement;
    main.append(Object.assign(document.createElement('p'), { textContent: 'First update.' }));
    await reading.refresh();
    main.append(Object.assign(document.createElement('p'), { textContent: 'Second update.' }));
    await Promise.resolve(); // the observer's records arrive in a microtask
    expect(reading.backlog()).toBeGreaterThan(0);
    await reading.refresh();
    expect(reading.backlog()).toBe(0);
    expect(changes()).toBeGreaterThan(0);
    expect(reading.unsentChars()).toBeGreaterThanOrEqual('Second update.'.length);
    const taken = reading.take();
    if (!taken?.change) throw new Error('no change kept');
    expect(applyTextChange(sent, taken.change)).toBe(extractPageText(document.body).text);
    expect(taken.change.inserted).toContain('First update.\nSecond update.'); // happy-dom's records name no neighbours: its region is all of <main>
    // Nothing changed since: an empty change; a change that never arrived: compare the texts next time.
    expect(reading.take()?.change).toEqual({ start: taken.reading.text.length, deleted: 0, inserted: '' });
    reading.lost();
    expect(reading.take()?.change).toBeUndefined();
    reading.stop();
  });

  it('reads the page again whole when its body is replaced', async () => {
    document.body.innerHTML = '<p>Old page.</p>';
    const { reading } = setUp();
    await reading.refresh();
    document.documentElement.replaceChild(Object.assign(document.createElement('body'), { innerHTML: '<p>New page.</p>' }), document.body);
    expect((await reading.refresh())?.text).toBe('New page.');
    reading.stop();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import corpusJson from '@/lib/corpus/corpus.json';
import { seedLinks } from '@/lib/welcome/welcome';
import { WelcomePage } from './WelcomePage';

afterEach(cleanup);

const links = seedLinks(corpusJson);
const page = (shortcuts?: { name: string; description: string; keys: string | null }[]) =>
  render(<WelcomePage links={links} shortcuts={shortcuts} highlightsUrl="ext:/highlights.html" dashboardUrl="ext:/dashboard.html" />);

describe('WelcomePage', () => {
  it('opens each bundled statement’s page in a new tab, named by its title', () => {
    page([]);
    const list = screen.getByRole('region', { name: 'Try it on a bundled statement' });
    const anchors = within(list).getAllByRole('link');
    expect(anchors.map((a) => a.textContent)).toEqual(links.map((l) => l.title));
    for (const a of anchors) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('shows each shortcut, says when one is not set, and says so while it reads them', () => {
    page([
      { name: 'toggle-sidebar', description: 'Show the sidebar', keys: 'Alt+Shift+L' },
      { name: 'save-quote', description: 'Save the selection', keys: null },
    ]);
    const keys = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(keys).getByText('Alt+Shift+L').tagName).toBe('KBD');
    expect(within(keys).getByText('Not set')).toBeTruthy();
    cleanup();
    page(undefined);
    expect(screen.getByText('Reading your shortcuts…')).toBeTruthy();
  });

  it('links to the Highlights page and the Dashboard', () => {
    page([]);
    expect(screen.getByRole('link', { name: 'Highlights page' }).getAttribute('href')).toBe('ext:/highlights.html');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('ext:/dashboard.html');
  });
});

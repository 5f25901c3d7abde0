// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { Field } from './Field';
import { CaptureHowTo } from './CaptureHowTo';
import { PageShell, extensionPageAt } from './PageShell';

afterEach(cleanup);

describe('UI kit', () => {
  it('Field labels its control, describes it by the hint, and marks it invalid with the error beside it', () => {
    const { rerender } = render(
      <Field label="Saved to" hint="A date">
        {(control) => <input {...control} type="date" />}
      </Field>,
    );
    const input = screen.getByLabelText('Saved to');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('A date');

    rerender(
      <Field label="Saved to" hint="A date" error="“Saved to” is before “Saved from”">
        {(control) => <input {...control} type="date" />}
      </Field>,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['A date', '“Saved to” is before “Saved from”']);
  });

  it('PageShell links the extension pages in its banner, marking the current one', () => {
    render(
      <PageShell title="Dashboard" page="dashboard">
        <p>Content</p>
      </PageShell>,
    );
    const pages = within(screen.getByRole('navigation', { name: 'Policy Lens pages' })).getAllByRole('link');
    expect(pages.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['Highlights', '/highlights.html', null],
      ['Dashboard', '/dashboard.html', 'page'],
      ['Capture', '/capture.html', null],
    ]);
    expect(screen.getByRole('banner').contains(pages[0]!)).toBe(true);
  });

  it('PageShell marks the page at its address current when the page does not name itself (the capture page)', () => {
    expect(extensionPageAt('/capture.html')).toBe('capture');
    expect(extensionPageAt('/highlights.html')).toBe('highlights');
    expect(extensionPageAt('/sidebar-frame.html')).toBeUndefined();
    expect(extensionPageAt(undefined)).toBeUndefined();
  });

  it('the Capture link without a capture explains how to start one, in the same banner', () => {
    render(<CaptureHowTo />);
    const pages = within(screen.getByRole('navigation', { name: 'Policy Lens pages' })).getAllByRole('link');
    expect(pages.find((a) => a.getAttribute('aria-current') === 'page')?.textContent).toBe('Capture');
    expect(screen.getByRole('main').textContent).toContain('Capture this page as a statement');
  });

  it('PageShell gives the page its title, its section links and one main landmark', () => {
    render(
      <PageShell title="Dashboard" sections={[{ href: '#db-matrix', label: 'Stance matrix' }]} busy>
        <EmptyState action={<Button variant="primary">Retry</Button>}>Loading…</EmptyState>
      </PageShell>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dashboard');
    expect(screen.getByRole('navigation', { name: 'Sections' }).querySelector('a')?.getAttribute('href')).toBe('#db-matrix');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry.getAttribute('type')).toBe('button');
    expect(retry.className).toBe('hl-button hl-button--primary');
  });
});

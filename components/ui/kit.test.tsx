// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { Field } from './Field';
import { PageShell } from './PageShell';

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
    ]);
    expect(screen.getByRole('banner').contains(pages[0]!)).toBe(true);
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

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verification } from '@/lib/verify/verification';
import { VerificationFlags, VerificationSection, VerificationTally } from './VerificationSection';
import { LBC_REPORT } from '../../test-support/verify/fixtures';

afterEach(cleanup);

const LBC = LBC_REPORT;

const base = { senseChanged: false, ranges: [{ start: 0, end: 10 }], changes: [], elisions: [] };
// Labelled test material: Chaand Nagpaul's words given to Matt Hancock, Richard Murray's with one word changed.
const VERIFICATIONS: Verification[] = [
  {
    ...base,
    id: 'q-stevens-2021-1',
    status: 'verified',
    asQuoted: 'Our legislative proposals go with the grain',
    attributedTo: { name: 'Simon Stevens', personId: 'simon-stevens' },
    source: { quoteId: 'q-stevens-2021-1', speaker: 'Simon Stevens', statement: LBC },
    explanation: 'These are Simon Stevens’s words, as the page says.',
  },
  {
    ...base,
    id: 'q-nagpaul-2021-2',
    status: 'misattributed',
    asQuoted: '<b>Proposals</b> for sweeping reorganisation',
    attributedTo: { name: 'Matt Hancock', personId: 'matt-hancock' },
    source: { quoteId: 'q-nagpaul-2021-2', speaker: 'Chaand Nagpaul', statement: LBC },
    explanation: 'Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words.',
  },
  {
    ...base,
    id: 'q-murray-2021-2',
    status: 'altered',
    senseChanged: true,
    asQuoted: 'these new plans will give the NHS',
    changes: [{ kind: 'changed', page: 'will', source: 'could', atEllipsis: false, sense: ['could'] }],
    source: { quoteId: 'q-murray-2021-2', speaker: 'Richard Murray', statement: LBC },
    explanation: 'The page changes Richard Murray’s words (word by word: 1 changed); the change touches “could”, which changes the sense.',
  },
];

describe('VerificationSection', () => {
  it('lists flags before verified quotations, each with its sentence, source and date', () => {
    render(<VerificationSection verification={VERIFICATIONS} onShowInPage={() => undefined} />);
    const labels = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(labels).toEqual(['Misattributed', 'Altered: sense changed', 'Verified']);
    const misattributed = screen.getByRole('article', { name: 'Misattributed' });
    expect(misattributed.textContent).toContain('Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words.');
    expect(misattributed.textContent).toContain('Chaand Nagpaul, in');
    expect(misattributed.textContent).toContain('11 February 2021');
    expect(screen.getAllByRole('link')[0]?.getAttribute('href')).toBe(LBC.url);
  });

  it('shows the page’s words as text and the change word by word', () => {
    const { container } = render(<VerificationSection verification={VERIFICATIONS} onShowInPage={() => undefined} />);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>Proposals</b> for sweeping reorganisation')).toBeTruthy();
    expect(container.querySelector('del')?.textContent).toBe('could');
    expect(container.querySelector('ins')?.textContent).toBe('will');
  });

  it('shows a flag’s passage in the page', async () => {
    const onShowInPage = vi.fn();
    render(<VerificationSection verification={VERIFICATIONS} onShowInPage={onShowInPage} />);
    const [first] = screen.getAllByRole('button', { name: 'Show in page' });
    await userEvent.click(first!);
    expect(onShowInPage).toHaveBeenCalledWith('q-nagpaul-2021-2');
  });
});

describe('VerificationTally', () => {
  it('counts misattributed and altered apart from verified', () => {
    render(<VerificationTally verification={VERIFICATIONS} />);
    expect(screen.getByText(/^Quotations:/).textContent).toBe('Quotations: 1 misattributed · 1 altered · 1 verified');
  });
});

describe('VerificationFlags', () => {
  it('says the misattributed and altered counts only, and nothing on a page without them', () => {
    const { container, rerender } = render(<VerificationFlags verification={VERIFICATIONS} />);
    expect(container.textContent).toBe('1 misattributed · 1 altered');
    rerender(<VerificationFlags verification={VERIFICATIONS.filter((v) => v.status === 'verified')} />);
    expect(container.textContent).toBe('');
  });
});

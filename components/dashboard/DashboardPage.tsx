// The analyst's workspace: the stance matrix of a policy event, timelines of an
// organisation or person, one search over everything, and hand-made records. Live
// over the database, so a change made elsewhere shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PolicyLensDb } from '@/lib/storage/db';
import { CorpusSourcesPanel } from '@/components/corpus/CorpusSourcesPanel';
import type { CorpusActions } from '@/components/corpus/corpus-actions';
import { loadDashboardData } from '@/lib/storage/dashboard-data';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageShell, type PageSection } from '@/components/ui/PageShell';
import { RecordsSection } from './RecordsSection';
import { SearchSection } from './SearchSection';
import { StanceMatrixSection } from './StanceMatrixSection';
import { TimelineSection } from './TimelineSection';

export interface DashboardPageProps {
  db: PolicyLensDb;
  /** A statement or quote was saved: the background must rebuild the text index. */
  onTextsChanged(): unknown;
  /** Subscribing to, installing, checking and publishing corpus packs (the Corpus sources panel). */
  corpusActions?: CorpusActions;
}

const SECTIONS: readonly PageSection[] = [
  { href: '#db-matrix', label: 'Stance matrix' },
  { href: '#db-timeline', label: 'Timeline' },
  { href: '#db-search', label: 'Search' },
  { href: '#db-records', label: 'Records' },
];

/** With corpus actions, the page also offers the Corpus sources panel. */
const SECTIONS_WITH_SOURCES: readonly PageSection[] = [...SECTIONS, { href: '#db-sources', label: 'Corpus sources' }];

export function DashboardPage({ db, onTextsChanged, corpusActions }: DashboardPageProps) {
  const data = useLiveQuery(() => loadDashboardData(db), [db]);
  return (
    <PageShell title="Dashboard" page="dashboard" busy={data === undefined} sections={data === undefined ? undefined : corpusActions ? SECTIONS_WITH_SOURCES : SECTIONS}>
      {data === undefined ? (
        <EmptyState>Loading…</EmptyState>
      ) : (
        <>
          <div id="db-matrix">
            <StanceMatrixSection data={data} />
          </div>
          <div id="db-timeline">
            <TimelineSection data={data} />
          </div>
          <div id="db-search">
            <SearchSection data={data} />
          </div>
          <div id="db-records">
            <RecordsSection db={db} data={data} onTextsChanged={onTextsChanged} />
          </div>
          {corpusActions && (
            <div id="db-sources">
              <CorpusSourcesPanel db={db} actions={corpusActions} />
            </div>
          )}
        </>
      )}
    </PageShell>
  );
}

// The analyst's workspace: the stance matrix of a policy event, timelines of an
// organisation or person, one search over everything, and hand-made records. Live
// over the database, so a change made elsewhere shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PolicyLensDb } from '@/lib/storage/db';
import { loadDashboardData } from '@/lib/storage/dashboard-data';
import { RecordsSection } from './RecordsSection';
import { SearchSection } from './SearchSection';
import { StanceMatrixSection } from './StanceMatrixSection';
import { TimelineSection } from './TimelineSection';

export interface DashboardPageProps {
  db: PolicyLensDb;
  /** A statement or quote was saved: the background must rebuild the text index. */
  onTextsChanged(): unknown;
}

export function DashboardPage({ db, onTextsChanged }: DashboardPageProps) {
  const data = useLiveQuery(() => loadDashboardData(db), [db]);
  return (
    <div className="hl-page">
      <header className="hl-banner">
        <div className="hl-banner__inner">
          <p className="hl-brand">
            <span className="hl-brand__mark" aria-hidden="true" />
            Policy Lens
          </p>
          <h1 className="hl-title">Dashboard</h1>
        </div>
      </header>
      <main className="hl-main" aria-busy={data === undefined}>
        {data === undefined ? (
          <p className="hl-empty">Loading…</p>
        ) : (
          <>
            <nav aria-label="Sections" className="db-nav">
              <ul>
                <li>
                  <a href="#db-matrix">Stance matrix</a>
                </li>
                <li>
                  <a href="#db-timeline">Timeline</a>
                </li>
                <li>
                  <a href="#db-search">Search</a>
                </li>
                <li>
                  <a href="#db-records">Records</a>
                </li>
              </ul>
            </nav>
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
          </>
        )}
      </main>
    </div>
  );
}

// What the Capture link of the pages' banner opens when no page is being captured
// (capture.html without a capture's id): how to start a capture, so the link never
// lands on a dead end.
import { EmptyState } from './EmptyState';
import { PageShell } from './PageShell';

export function CaptureHowTo() {
  return (
    <PageShell title="Capture a statement" page="capture">
      <EmptyState>
        Open the page you want to add, then choose <strong>Capture this page as a statement</strong> in the Policy
        Lens sidebar, or in the menu of the page (right-click) or of the toolbar button. What is read from the page
        opens here for you to check before anything is saved.
      </EmptyState>
    </PageShell>
  );
}

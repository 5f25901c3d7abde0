// Everything the capture page needs to show one pending capture: the capture, the
// known events, people, organisations and topics to choose from, and the user's own
// highlights on that page (which can be turned into quotes). One read for the page's
// component, so it never touches Dexie tables itself.
import type { Annotation, Organisation, Person, PolicyEvent, Topic } from '../schema';
import { cleanUrl } from '../url-key';
import { annotationsForUrl } from './annotations';
import { loadPendingCapture } from './captures';
import type { PendingCapture, PolicyLensDb } from './db';

export interface CaptureOptions {
  capture: PendingCapture;
  events: PolicyEvent[];
  people: Person[];
  organisations: Organisation[];
  topics: Topic[];
  highlights: Annotation[];
}

export async function loadCaptureOptions(db: PolicyLensDb, captureId: string): Promise<CaptureOptions | undefined> {
  const capture = await loadPendingCapture(db, captureId);
  if (!capture) return undefined;
  const [events, people, organisations, topics, highlights] = await Promise.all([
    db.events.toArray(),
    db.people.toArray(),
    db.organisations.toArray(),
    db.topics.toArray(),
    // Highlights are saved under the page's address without fragment or tracking parameters.
    annotationsForUrl(db, cleanUrl(capture.url) ?? capture.url),
  ]);
  return { capture, events, people, organisations, topics, highlights };
}

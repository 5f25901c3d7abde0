// The Corpus sources panel's actions over the database (an extension page opens it
// itself) and the browser: the pack's origin is asked for when the user subscribes,
// and given back when the last subscription on it goes. Kept apart from the
// component so tests can drive the component with real ones.
import { browser } from 'wxt/browser';
import type { PackHeader } from '@/lib/corpus/pack-format';
import { serializePack } from '@/lib/corpus/pack-format';
import { ownPackFile } from '@/lib/corpus/publish';
import { type CheckResult, type Progress, checkPack, installPackFile, subscribe, uninstallPack } from '@/lib/corpus/subscription';
import type { InstallReport } from '@/lib/storage/corpus-install';
import type { PolicyLensDb } from '@/lib/storage/db';
import { downloadText } from '@/components/sync/download';

export interface CorpusActions {
  subscribe(url: string, onProgress: (p: Progress) => void): Promise<CheckResult>;
  installFile(text: string, onProgress: (p: Progress) => void): Promise<CheckResult>;
  checkNow(packId: string, onProgress: (p: Progress) => void): Promise<CheckResult>;
  remove(packId: string): Promise<InstallReport>;
  publish(header: PackHeader): Promise<void>;
}

/** The match pattern of the one origin a pack is fetched from. */
export function originPattern(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export function corpusActions(db: PolicyLensDb): CorpusActions {
  return {
    subscribe(url, onProgress) {
      const origin = originPattern(url);
      if (!origin) return Promise.resolve({ status: 'failed', error: 'This is not a web address' });
      // Asked at once, while the click still counts as the user's gesture (Firefox requires it).
      const asked = browser.permissions.request({ origins: [origin] });
      return asked.then((granted) =>
        granted ? subscribe(db, url, { onProgress }) : { status: 'failed', error: `Access to ${new URL(url).host} was not allowed, so the pack cannot be fetched` },
      );
    },
    installFile: (text, onProgress) => installPackFile(db, text, onProgress),
    checkNow: (packId, onProgress) => checkPack(db, packId, { onProgress }),
    async remove(packId) {
      const { report, url, originStillUsed } = await uninstallPack(db, packId);
      const origin = url && originPattern(url);
      // Chromium refuses to remove an origin its content-script patterns also cover
      // ("required permissions"); the pack is gone either way.
      if (origin && !originStillUsed) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
      return report;
    },
    async publish(header) {
      downloadText(`${header.id}-v${header.version}.json`, 'application/json', serializePack(await ownPackFile(db, header)));
    },
  };
}

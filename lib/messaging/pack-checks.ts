// Subscribed corpus packs are checked daily, and an hour after a failed check
// (lib/corpus/subscription.ts does the checking; this only schedules it).
import { browser } from 'wxt/browser';
import { CHECK_ALARM, CHECK_PERIOD_MINUTES, RETRY_AFTER_MINUTES, RETRY_ALARM, checkAllPacks } from '../corpus/subscription';
import type { PolicyLensDb } from '../storage/db';

export function registerPackChecks(db: PolicyLensDb, ready: Promise<unknown>): void {
  void browser.alarms.get(CHECK_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener(async ({ name }) => {
    if (name !== CHECK_ALARM && name !== RETRY_ALARM) return;
    await ready;
    const results = await checkAllPacks(db);
    if ([...results.values()].some((r) => r.status === 'failed')) await browser.alarms.create(RETRY_ALARM, { delayInMinutes: RETRY_AFTER_MINUTES });
  });
}

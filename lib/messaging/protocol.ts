// The typed message protocol between the extension's parts: one call map per
// direction. It imports types only, so content scripts stay small; data that
// comes from a web page is validated on arrival (see page-input.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StatementContext } from '../storage/statement-context';
import type { PageSignals } from './page-input';

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  lookupPage(signals: PageSignals): StatementContext | null;
}

export const contentToBackground = defineExtensionMessaging<ContentToBackground>();

// The keyboard shortcuts (declared in wxt.config.ts) and the toolbar button's
// click: each is passed on to the active tab's content script.
import { browser } from 'wxt/browser';
import { tellTab } from './tab-calls';
import { toolbarButton } from './toolbar-badge';

export function registerKeyboardCommands(): void {
  toolbarButton().onClicked.addListener((tab) => tellTab(tab.id, 'toggleSidebar'));
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-sidebar') tellTab(tab?.id, 'toggleSidebar');
    if (command === 'save-quote') tellTab(tab?.id, 'saveSelection');
  });
}

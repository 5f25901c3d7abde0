// Opens the capture page for an article the way an analyst does: highlight a
// paragraph (the sidebar then appears on an unknown page and offers capture), choose
// "Capture this page as a statement", and wait for the capture form in its new tab.
import type { Page } from 'playwright-core';
import type { ChromiumPage, ChromiumSession } from './chromium.js';
import { SIDEBAR_HOST, waitFor } from './session.js';

export async function openCaptureForm(session: ChromiumSession, article: ChromiumPage, paragraphWords: string): Promise<Page> {
  await article.page.evaluate((words) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(words));
    if (!p) throw new Error(`no paragraph holds "${words}"`);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, paragraphWords);
  await waitFor('the Save quote button', async () => ((await article.clickInShadow('policy-lens-save', 'button')) ? true : null));
  const capturePage = session.context.waitForEvent('page');
  await waitFor('the capture button', async () => ((await article.clickInShadow(SIDEBAR_HOST, '.pl-capture button')) ? true : null));
  const form = await capturePage;
  await form.getByRole('heading', { name: 'Capture a statement' }).waitFor();
  return form;
}

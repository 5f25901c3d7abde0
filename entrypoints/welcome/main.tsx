// The first-run welcome page (welcome.html), opened by the background on install.
// The seed statements come from the bundled corpus file, so the page works before the
// background has finished installing the corpus into the database.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import '@/components/highlights/highlights.css';
import '@/components/welcome/welcome.css';
import corpusJson from '@/lib/corpus/corpus.json';
import { type ShortcutRow, seedLinks, shortcutRows } from '@/lib/welcome/welcome';

const links = seedLinks(corpusJson);

function Page() {
  const [shortcuts, setShortcuts] = useState<ShortcutRow[]>();
  useEffect(() => {
    void browser.commands.getAll().then((commands) => setShortcuts(shortcutRows(commands)));
  }, []);
  return (
    <WelcomePage
      links={links}
      shortcuts={shortcuts}
      highlightsUrl={browser.runtime.getURL('/highlights.html')}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    />
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('welcome.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

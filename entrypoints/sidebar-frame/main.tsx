// The sidebar frame: an extension page shown in an iframe on pages that match,
// so the page can neither read nor change what it shows or what the user types.
// It renders the Sidebar over the state the content script sends on the port it
// accepted (lib/frame/connect-frame.ts), and sends back what the user asks for.
import { Sidebar } from '@/components/sidebar/Sidebar';
import '@/components/sidebar/sidebar.css';
import { type DockMode, onDockModeChange, readDockMode, writeDockMode } from '@/lib/dom/dock-mode';
import { connectFrame } from '@/lib/frame/connect-frame';
import type { Endpoint, FromFrame, SidebarState, ToFrame } from '@/lib/frame/channel';
import { sidebarActions } from '@/lib/frame/sidebar-actions';
import { contentToBackground } from '@/lib/messaging/protocol';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './frame.css';

interface View extends SidebarState {
  focusedQuoteId: string | null;
  collapsed: boolean;
}

function App({ end }: { end: Endpoint<FromFrame, ToFrame> }) {
  const [actions] = useState(() =>
    sidebarActions(end, {
      deleteHighlight: (id) => contentToBackground.sendMessage('deleteHighlight', id),
      undoDeleteHighlight: (id) => contentToBackground.sendMessage('undoDeleteHighlight', id),
    }),
  );
  const [view, setView] = useState<View | null>(null);
  // The dock mode lives in the extension's storage; the content script follows its changes.
  const [dockMode, setDockMode] = useState<DockMode | undefined>();
  useEffect(() => {
    void readDockMode(browser.storage.local).then(setDockMode);
    return onDockModeChange(browser.storage.onChanged, setDockMode);
  }, []);
  useEffect(() => {
    end.onMessage((message) => {
      if (message.kind === 'state') setView((v) => ({ focusedQuoteId: null, collapsed: false, ...v, ...message.state }));
      else if (message.kind === 'toggle') setView((v) => v && { ...v, collapsed: !v.collapsed });
      else if (message.kind === 'focus') {
        // Commit a cleared focus first, so a second click on the same highlight focuses its card again.
        flushSync(() => setView((v) => v && { ...v, collapsed: false, focusedQuoteId: null }));
        setView((v) => v && { ...v, focusedQuoteId: message.id });
      }
    });
    end.send({ kind: 'ready' });
  }, [end]);
  const collapsed = view?.collapsed;
  const shown = view !== null;
  useEffect(() => {
    const aside = document.querySelector('aside');
    if (!aside) return;
    const report = () => {
      const box = aside.getBoundingClientRect();
      end.send({ kind: 'size', width: box.width, height: box.height, collapsed: collapsed ?? false });
    };
    const observer = new ResizeObserver(report);
    observer.observe(aside);
    report();
    return () => observer.disconnect();
  }, [end, collapsed, shown]);
  if (!view) return null;
  return (
    <Sidebar
      report={view.report}
      highlights={view.highlights}
      highlightActions={actions}
      focusedQuoteId={view.focusedQuoteId}
      collapsed={view.collapsed}
      onShowInPage={(id) => end.send({ kind: 'showInPage', id })}
      onCollapse={() => setView((v) => v && { ...v, collapsed: !v.collapsed })}
      onDismiss={() => end.send({ kind: 'dismiss' })}
      onCapture={() => end.send({ kind: 'capture' })}
      onOpenPage={(path) => void browser.tabs.create({ url: browser.runtime.getURL(path) })}
      dockMode={dockMode}
      onDockMode={(mode) => {
        // Shown at once: the content script may apply the stored change before this frame hears of it,
        // and a second press read from the old state would ask for the same mode again.
        setDockMode(mode);
        void writeDockMode(browser.storage.local, mode);
      }}
    />
  );
}

void connectFrame(window, contentToBackground.sendMessage('frameKey', undefined)).then((end) => {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App end={end} />);
});

// The sidebar frame: an extension page shown in an iframe on pages that match,
// so the page can neither read nor change what it shows or what the user types.
// It renders the Sidebar over the state the content script sends on the port it
// accepted (lib/frame/accept-port.ts), and sends back what the user asks for.
import { Sidebar } from '@/components/sidebar/Sidebar';
import '@/components/sidebar/sidebar.css';
import { acceptPort } from '@/lib/frame/accept-port';
import { type Endpoint, type FromFrame, type SidebarState, type ToFrame, endpoint, sidebarCaller } from '@/lib/frame/channel';
import type { HighlightActions } from '@/lib/highlights-view';
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

function actionsOver(end: Endpoint<FromFrame, ToFrame>): HighlightActions {
  const call = sidebarCaller(end);
  return {
  onShowHighlight: (id) => end.send({ kind: 'showInPage', id }),
  onUpdate: (id, changes) => call('update', id, changes),
  onDelete: (id) => call('delete', id),
  onUndoDelete: (id) => call('undoDelete', id),
  onCreatePerson: (name) => call('createPerson', name),
  onCreateOrganisation: (name, kind) => call('createOrganisation', name, kind),
  };
}

function App({ end }: { end: Endpoint<FromFrame, ToFrame> }) {
  const [actions] = useState(() => actionsOver(end));
  const [view, setView] = useState<View | null>(null);
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
    />
  );
}

void acceptPort(window, window.parent, contentToBackground.sendMessage('frameKey', undefined)).then((port) => {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App end={endpoint<FromFrame, ToFrame>(port)} />);
});

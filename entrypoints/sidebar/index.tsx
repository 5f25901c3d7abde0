// The sidebar module: React and the sidebar UI, imported by the content script
// only on pages that match something. It mounts into a closed shadow root so page
// CSS cannot restyle it and page scripts cannot read it.
import { Sidebar } from '@/components/sidebar/Sidebar';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SIDEBAR_HOST_NAME } from '../content/host';
import { type MountSidebar, type SidebarCallbacks, type SidebarState, registerSidebar } from '../content/sidebar-contract';

interface State extends SidebarState {
  focusedQuoteId: string | null;
  collapsed: boolean;
}

const mountSidebar: MountSidebar = async (ctx, initial, callbacks: SidebarCallbacks) => {
  let setState: (update: (s: State) => State) => void = () => undefined;
  function App({ initial }: { initial: State }) {
    const [state, set] = useState(initial);
    setState = set;
    return (
      <Sidebar
        report={state.report}
        highlights={state.highlights}
        highlightActions={callbacks.highlightActions}
        focusedQuoteId={state.focusedQuoteId}
        collapsed={state.collapsed}
        onShowInPage={callbacks.onShowInPage}
        onCollapse={() => set((s) => ({ ...s, collapsed: !s.collapsed }))}
        onDismiss={callbacks.onDismiss}
        onCapture={callbacks.onCapture}
      />
    );
  }

  const ui = await createShadowRootUi(ctx, {
    name: SIDEBAR_HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    css: sidebarCss,
    onMount: (container) => {
      const root = createRoot(container);
      root.render(<App initial={{ ...initial, focusedQuoteId: null, collapsed: false }} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  // The top layer sits above any z-index, so page overlays added later cannot cover the sidebar.
  ui.shadowHost.setAttribute('popover', 'manual');
  ui.shadowHost.showPopover();

  return {
    update: (next) => setState((s) => ({ ...s, ...next })),
    focusQuote: (quoteId) => {
      // Commit a cleared focus first, so a second click on the same highlight focuses its card again.
      flushSync(() => setState((s) => ({ ...s, collapsed: false, focusedQuoteId: null })));
      setState((s) => ({ ...s, focusedQuoteId: quoteId }));
    },
    toggle: () => setState((s) => ({ ...s, collapsed: !s.collapsed })),
    remove: () => ui.remove(),
  };
};

export default defineUnlistedScript(() => registerSidebar(mountSidebar));

// The sidebar in the PDF viewer: the same React Sidebar as on web pages, rendered
// into a shadow root with its own stylesheet (sidebar.css is written for one: its
// `:host` rules place the panel), so PDF.js's page styles and the sidebar's never mix.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';

export function ShadowSidebar({ children }: { children: ReactNode }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const style = document.createElement('style');
    style.textContent = sidebarCss;
    const body = document.createElement('div');
    // The panel is as tall as its container (sidebar.css), and the container as the host.
    body.style.height = '100%';
    shadow.append(style, body);
    setRoot(body);
  }, []);
  return (
    <div ref={hostRef} className="pdf-sidebar-host">
      {root && createPortal(children, root)}
    </div>
  );
}

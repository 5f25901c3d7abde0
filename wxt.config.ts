import { defineConfig } from 'wxt';

/** The icon set in public/icon/, by size in pixels. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } as const;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable on its own and lint-able without globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Policy Lens',
    description:
      'Recognises known policy statements and quotes on any page, with who said what and how others reacted.',
    // Only the context menu needs a permission: IndexedDB in the extension's origin, the
    // content script, the badge and keyboard commands need none.
    permissions: ['contextMenus'],
    // PDF viewer (lib/pdf): access to a PDF's origin is asked for when the user opens one there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // Drawn in public/icon/*.svg, rendered by `npm run icons`.
    icons: ICONS,
    // The toolbar button carries the badge and toggles the sidebar.
    action: { default_title: 'Policy Lens', default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show, expand or collapse the Policy Lens sidebar',
      },
      'save-quote': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as a highlight',
      },
    },
    // The sidebar (React) is a module the content script imports only on pages that match.
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidebar.js']
        : [{ resources: ['sidebar.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'policy-lens@analysts.invalid',
          // Everything stays on the user's machine; Firefox asks add-ons to declare it.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

import { defineConfig } from 'wxt';

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
    // The toolbar button carries the badge and toggles the sidebar.
    action: { default_title: 'Policy Lens' },
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
    // The sidebar and the Save quote button are extension pages shown in frames on web pages
    // (Chrome: only at a per-session address a page cannot guess in advance).
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidebar-frame.html', 'save-frame.html']
        : [
            {
              resources: ['sidebar-frame.html', 'save-frame.html'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
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

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
    // No permissions: IndexedDB in the extension origin and content scripts need none.
    permissions: [],
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

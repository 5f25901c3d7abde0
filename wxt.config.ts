import { defineConfig } from 'wxt';
import { PAGE_PARTS_FILE, pagePartsModule } from './build/content-parts';
import { zodWithoutEvalProbe } from './build/zod-without-eval-probe';

/** The icon set in public/icon/, by size in pixels. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } as const;
/**
 * Origins that may be asked for, one at a time, when the user needs one: a corpus pack's
 * when subscribing (lib/corpus/subscription.ts), a PDF's when opening it in the viewer
 * (lib/pdf). Never granted at install.
 */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every module readable on its own and lint-able without globals.
  imports: false,
  // Zod's eval probe never runs (jitless) but would ship; store reviewers query eval.
  vite: () => ({ plugins: [zodWithoutEvalProbe()] }),
  // The content script's page parts, imported by it only on pages that need them (build/content-parts.ts).
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: PAGE_PARTS_FILE, contents: await pagePartsModule(wxt.config.root) });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Policy Lens',
    description:
      'Recognises known policy statements and quotes on any page, with who said what and how others reacted.',
    // IndexedDB in the extension's origin, the content script, the badge and keyboard
    // commands need no permission. `contextMenus`: the page and link menus; `alarms`: the
    // daily check of subscribed corpus packs (lib/corpus/subscription.ts); `storage`: the
    // sidebar's dock mode, remembered per user where pages cannot reach it (lib/dom/dock-mode.ts).
    permissions: ['contextMenus', 'alarms', 'storage'],
    // Drawn in public/icon/*.svg, rendered by `npm run icons`.
    icons: ICONS,
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_ORIGINS }
      : { optional_host_permissions: OPTIONAL_ORIGINS }),
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
    // The sidebar and the Save quote button are extension pages shown in frames on web pages,
    // and the content script imports its page parts (build/content-parts.ts) when a page needs
    // them, which a content script's import() can do only for a web-accessible module
    // (Chrome: only at a per-session address a page cannot guess in advance).
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidebar-frame.html', 'save-frame.html', PAGE_PARTS_FILE]
        : [
            {
              resources: ['sidebar-frame.html', 'save-frame.html', PAGE_PARTS_FILE],
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

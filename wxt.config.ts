import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** ANALYZE=1: prints, per output chunk, the modules that take the most space (rendered bytes). */
function bundleReport(): Plugin {
  return {
    name: 'journey-lens-bundle-report',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const groups = new Map<string, number>();
        for (const [id, m] of Object.entries(chunk.modules)) {
          const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? id.replace(process.cwd(), '');
          groups.set(pkg, (groups.get(pkg) ?? 0) + m.renderedLength);
        }
        const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25);
        console.log(`\n# ${chunk.fileName} ${chunk.code.length}`);
        for (const [k, v] of top) console.log(`  ${v}\t${k}`);
      }
    },
  };
}

/**
 * zod 4's sources mention `@__PURE__` in prose comments; Rollup reads those as misplaced
 * annotations and prints a long warning for each file of every build. The comments are prose
 * only, so they are reworded before parsing (code unchanged) and real warnings stay visible.
 */
function quietZodComments(): Plugin {
  return {
    name: 'journey-lens-quiet-zod-comments',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]zod[\\/]/.test(id) || !code.includes('`@__PURE__`')) return null;
      return { code: code.replaceAll('`@__PURE__`', '`PURE`'), map: null };
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // JL_OUTPUT_DIR lets parallel work build into its own folder (tests read the same variable).
  outDir: process.env.JL_OUTPUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Nothing is auto-imported: every module says where its names come from.
  imports: false,
  vite: () => ({
    plugins: [quietZodComments(), preact(), ...(process.env.ANALYZE ? [bundleReport()] : [])],
    build: {
      sourcemap: false,
      // Chrome and Firefox support <link rel="modulepreload">; the polyfill would ship a fetch() call.
      modulePreload: { polyfill: false },
    },
  }),
  // AMO's sources zip: the repository minus generated output.
  zip: { excludeSources: ['test-results/**', 'bench/tmp/**', '.e2e-profiles/**'] },
  hooks: {
    // WXT adds the runtime-registered form script's matches to host_permissions;
    // they are already inside <all_urls>, so keep the list to what README explains.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.host_permissions?.includes('<all_urls>')) manifest.host_permissions = ['<all_urls>'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: [
      'unlimitedStorage',
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // <all_urls> (not just http/https) is what tabs.captureVisibleTab accepts for the optional screenshot.
    host_permissions: ['<all_urls>'],
    // Team sync: the one server a researcher shares a study through, asked for at run time (lib/platform.ts).
    optional_host_permissions: ['ws://*/*', 'wss://*/*', 'http://*/*', 'https://*/*'],
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandClipSelection__',
      },
      // No default keys (browsers allow few): set one under Keyboard shortcuts.
      'walk-toggle': { description: '__MSG_commandWalk__' },
      // Open the comparison matrix: Chrome's side panel through our handler, Firefox's sidebar natively.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' } }
        : { 'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' } }),
    },
    ...(browser === 'firefox'
      ? {
          // Firefox's default MV3 policy adds `upgrade-insecure-requests`, which turns a team's
          // ws:// sync server (a loopback or LAN server without TLS) into wss:// and fails; this is
          // the default minus that directive (Chrome's default never had it).
          content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
          browser_specific_settings: {
            gecko: {
              id: 'journey-lens@journeylens.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

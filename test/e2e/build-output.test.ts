import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import caseCaptureScript from '@/entrypoints/case-capture.content';
import removalOrdersScript from '@/entrypoints/removal-orders.content';
import { ON_DEMAND_SCRIPT_FILES } from '@/lib/content-script/script-presence';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { CONTENT_MODULE_SUFFIX, contentScriptLoader, POPUP_START_CHUNK } from '../../wxt.config';
import { measureBundle, SIZE_BUDGETS } from '../support/bundle-size';
import { EXTENSION_DIR, launchExtensionBrowser, ROOT } from '../support/extension-browser';
import { measurePopupLoad } from '../support/popup-load';

// The entries are read for their options only, as WXT reads them; their runner needs an extension to load.
vi.mock('@/lib/content-script/run-features', () => ({ runFeatures: () => undefined }));

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv3');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', FIREFOX_DIR],
])('%s manifest', (browserName, dir) => {
  const manifest = manifestOf(dir);

  it('asks for storage, alarms, notifications and scripting only, and Seller Central hosts only', () => {
    // scripting: the removal script goes into Manage Orders frames only once a row may need it.
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting']);
    expect([...manifest.host_permissions].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it(
    browserName === 'chrome'
      ? 'lets only Seller Central load the content scripts’ modules, at a per-session URL, and nothing else'
      : 'makes nothing web-accessible',
    () => {
      if (browserName !== 'chrome') {
        expect(manifest.web_accessible_resources).toBeUndefined();
        return;
      }
      const modules = readdirSync(join(dir, 'content-scripts'))
        .filter((file) => file.endsWith(CONTENT_MODULE_SUFFIX))
        .map((file) => `content-scripts/${file}`);
      expect(modules.length).toBe(3);
      expect(manifest.web_accessible_resources).toEqual([
        { resources: modules, matches: [...SELLER_CENTRAL_MATCHES], use_dynamic_url: true },
      ]);
    },
  );

  it('runs each content script as the build wrote it: a loader of its module in Chromium, the script itself in Firefox', () => {
    const scripts: Array<{ js: string[] }> = manifest.content_scripts;
    const files = [...scripts.flatMap((c) => c.js), ...Object.values(ON_DEMAND_SCRIPT_FILES)];
    for (const file of new Set(files.map((f) => f.replace(/^\//, '')))) {
      const code = readFileSync(join(dir, file), 'utf8');
      const module = file.replace(/\.js$/, CONTENT_MODULE_SUFFIX);
      if (browserName === 'chrome') {
        expect(code, file).toBe(contentScriptLoader(module));
        expect(existsSync(join(dir, module)), module).toBe(true);
      } else {
        expect(code.length, file).toBeGreaterThan(1000);
        expect(existsSync(join(dir, module)), module).toBe(false);
      }
    }
  });

  it('runs the main content script on exactly the Seller Central hosts, and nothing anywhere else', () => {
    const scripts: Array<{ matches: string[]; js: string[] }> = manifest.content_scripts;
    const main = scripts.find((c) => c.js.some((f) => f.includes('seller-central')));
    expect([...(main?.matches ?? [])].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
    const hosts = new Set(SELLER_CENTRAL_MATCHES.map((m) => new URL(m.replace('/*', '/')).host));
    for (const pattern of scripts.flatMap((c) => c.matches)) {
      expect(pattern.startsWith('https://'), pattern).toBe(true);
      expect(hosts.has(new URL(pattern.replaceAll('*', 'x')).host), pattern).toBe(true);
    }
  });

  it.each([
    ['removal-orders', removalOrdersScript.matches as string[]],
    ['case-capture', caseCaptureScript.matches as string[]],
  ])(
    'injects %s exactly where its features’ page kinds say (generated from the page kinds’ paths)',
    (name, generated) => {
      const scripts: Array<{ matches: string[]; js: string[] }> = manifest.content_scripts;
      const script = scripts.find((c) => c.js.some((f) => f.includes(name)));
      expect(generated.length).toBeGreaterThan(0);
      expect([...(script?.matches ?? [])].sort()).toEqual([...generated].sort());
    },
  );

  it('asks Chromium to compile the content scripts eagerly (their functions nearly all run on load)', () => {
    const scripts: Array<{ js: string[] }> = manifest.content_scripts;
    const files = [...scripts.flatMap((c) => c.js), ...Object.values(ON_DEMAND_SCRIPT_FILES)].map((file) =>
      browserName === 'chrome' ? file.replace(/\.js$/, CONTENT_MODULE_SUFFIX) : file,
    );
    for (const file of new Set(files))
      expect(readFileSync(join(dir, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
  });

  it('loads the popup’s start-up code as one script, and its stylesheet on no other page', () => {
    const html = (page: string) => readFileSync(join(dir, page), 'utf8');
    const scriptsOf = (page: string) =>
      [...html(page).matchAll(/<(?:script|link rel="modulepreload")[^>]*(?:src|href)="\/chunks\/([^"]+)"/g)].map(
        (match) => match[1] as string,
      );
    const stylesheetsOf = (page: string) =>
      [...html(page).matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map(
        (match) => match[1] as string,
      );
    // One script: a module script waits for every import, which the browser finds one level at a time.
    const popup = scriptsOf('popup.html');
    expect(popup).toHaveLength(1);
    expect(popup[0]).toMatch(new RegExp(`^${POPUP_START_CHUNK}-[\\w-]+\\.js$`));
    expect(readFileSync(join(dir, 'chunks', popup[0] as string), 'utf8')).not.toMatch(/(?:^|[;}])import\s*["'{*]/m);
    const popupStyles = stylesheetsOf('popup.html');
    expect(popupStyles).toHaveLength(1);
    for (const page of ['options.html', 'poa.html']) {
      expect(scriptsOf(page), page).toContain(popup[0]);
      expect(stylesheetsOf(page), page).not.toContain(popupStyles[0]);
    }
  });

  it('ships every script injected on demand where the worker looks for it', () => {
    for (const file of Object.values(ON_DEMAND_SCRIPT_FILES)) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('takes name and description from the locales, default English', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    for (const lang of ['en', 'da', 'sv', 'de'])
      expect(existsSync(join(dir, `_locales/${lang}/messages.json`))).toBe(true);
  });

  it('ships the four icon sizes as real PNGs of the right size', () => {
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(join(dir, manifest.icons[size]));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it(`${browserName} build loads no remote code`, () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    // An empty or misplaced build must fail here, not pass for want of files to check.
    const background = manifest.background.service_worker ?? manifest.background.scripts?.[0];
    for (const shipped of [
      'popup.html',
      'options.html',
      background,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ])
      expect(files, `${shipped} is checked`).toContain(shipped);
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/<script[^>]+src="https?:/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});

describe('firefox manifest', () => {
  it('carries a gecko id and declares it collects no data', () => {
    const gecko = manifestOf(FIREFOX_DIR).browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('bundle budgets (gzipped, DESIGN.md)', () => {
  const rows = measureBundle(EXTENSION_DIR);
  it.each(rows.map((row) => [row.name, row] as const))('%s is within budget', (_, row) => {
    expect(row.bytes).toBeGreaterThan(0);
    expect(row.bytes).toBeLessThanOrEqual(row.budget);
  });

  it('the popup loads no more than its budget when it opens, in real Chromium', async () => {
    const browser = await launchExtensionBrowser();
    try {
      const loaded = await measurePopupLoad(browser);
      expect(loaded.opened.files).toContain('popup.html');
      expect(loaded.opened.bytes).toBeLessThanOrEqual(SIZE_BUDGETS.popup);
      // Tabs load their own code on first use: visiting them all loads more, never less.
      expect(loaded.everyTab.bytes).toBeGreaterThan(loaded.opened.bytes);
    } finally {
      await browser.close();
    }
  });
});

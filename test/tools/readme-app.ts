/**
 * Where the README images are taken: Debian's Chromium (or CHROMIUM_PATH) with no background network, pages the
 * size of an office PC's screen (1366×768) in zh-CN, and the built app started through the e2e harness.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startApp, type AppHarness } from '../e2e/harness.ts';

/** A page the size of the README images. */
export const readmePage = (browser: Browser): Promise<Page> =>
  browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });

/**
 * Start the app on `dataDir` in a browser of its own and run `shoot` on it; the browser is closed whatever happens.
 * A page takes the harness once: `shoot` opens further pages on `browser`.
 */
export async function withReadmeApp(
  dataDir: string,
  shoot: (app: AppHarness, browser: Browser) => Promise<void>,
): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await shoot(await startApp(await readmePage(browser), dataDir), browser);
  } finally {
    await browser.close();
  }
}

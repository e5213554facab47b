/**
 * What typing in a long report costs the page, in Chromium through the real renderer:
 *   - main-thread task time per keystroke in the 50× report, and the same keystrokes into the same page's DOM
 *     without the app's script (the "static DOM" floor of that page), and their ratio;
 *   - main-thread time of the check after a pause, at 100×: from the keystroke's own work done until the
 *     check's result is shown (the check itself runs in a worker).
 * Task time is Chromium's TaskDuration (every task on the page's main thread), read through the DevTools protocol.
 */
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startApp, indexFile } from '../e2e/harness.ts';
import { longReport } from '../fixtures/docx-reports.ts';

export type Add = (name: string, value: number, unit?: string, target?: number) => void;

const KEYS = 200;
const PAUSES = 12;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Main-thread task time, in ms, spent while `fn` runs. */
async function taskTime(page: Page, fn: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const t0 = await read();
  await fn();
  const t1 = await read();
  await cdp.detach();
  return (t1 - t0) * 1000;
}

/** Type KEYS keys (a backspace every tenth) into the first textarea of the 计划 panel. */
async function typeKeys(page: Page): Promise<void> {
  for (let i = 0; i < KEYS; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'KeyA');
  // The last keystrokes' frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Open a report in the app; returns the plan panel's first textarea, focused. */
async function openReport(page: Page, times: number) {
  const app = await startApp(page);
  const title = `基准测试${times}倍报告`;
  await app.store.add({ ...longReport(times), id: `bench-${times}x`, title });
  // No autosave while measuring: the harness carries a save through a test binding that costs the page far more
  // than Electron's IPC does (the save is measured on its own above).
  await app.store.saveSettings({ ...app.store.settings(), autosaveMs: 60_000 });
  await page.reload();
  await page.locator('.report-item .title', { hasText: title }).click();
  const box = page.locator('section.panel[data-key="plan"] textarea').first();
  await box.click();
  return app;
}

/**
 * The page as it stands, without the app's script: every box's text written into the markup (the app sets values
 * as properties, which the page's markup does not carry), scripts removed.
 */
function staticCopy(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const from = document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input');
    copy.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input').forEach((el, i) => {
      if (el instanceof HTMLTextAreaElement) el.textContent = from[i].value;
      else el.setAttribute('value', from[i].value);
    });
    copy.querySelectorAll('script').forEach((s) => s.remove());
    return '<!doctype html>' + copy.outerHTML;
  });
}

async function keystrokes(browser: Browser, add: Add): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const app = await openReport(page, 50);
  await page.waitForTimeout(500);
  // The same page as it stands, without the app's script: what the browser alone pays per key on this DOM.
  const html = await staticCopy(page);
  const app50 = (await taskTime(page, () => typeKeys(page))) / KEYS;
  const staticFile = path.join(path.dirname(indexFile), 'bench-static.html');
  writeFileSync(staticFile, html);
  const still = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await still.goto(`file://${staticFile}`);
  await still.locator('section.panel[data-key="plan"] textarea').first().click();
  const floor = (await taskTime(still, () => typeKeys(still))) / KEYS;
  rmSync(staticFile);
  add('keystroke: main-thread task time per key, 50×', app50);
  add('keystroke: same, the page’s static DOM (floor), 50×', floor);
  add('keystroke: app ÷ static DOM, 50×', app50 / floor, '×', 1.5);
  await page.close();
  await still.close();
  rmSync(app.dataDir, { recursive: true, force: true });
}

async function checkAfterPause(browser: Browser, add: Add): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const app = await openReport(page, 100);
  const runs = () => page.locator('.checklist').getAttribute('data-check-runs').then(Number);
  const xs: number[] = [];
  const spans: number[] = [];
  for (let i = 0; i < PAUSES; i++) {
    const before = await runs();
    await page.keyboard.press(i % 2 ? 'Backspace' : 'KeyA');
    // The keystroke's own work (its handlers and its frame) done, well before the pause of 300 ms ends.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const t0 = Date.now();
    const ms = await taskTime(page, () =>
      page.evaluate(
        // No named helpers in here: the page has no __name of the test-time loader.
        (n) =>
          new Promise<void>((resolve) => {
            const box = document.querySelector('.checklist')!;
            if (Number(box.getAttribute('data-check-runs')) > n) return resolve();
            new MutationObserver((_, o) => {
              if (Number(box.getAttribute('data-check-runs')) <= n) return;
              o.disconnect();
              resolve();
            }).observe(box, { attributes: true });
          }),
        before,
      ),
    );
    spans.push(Date.now() - t0);
    xs.push(ms);
  }
  // The same page for as long, with no keystroke and so no check: what it costs anyway (the caret's blink, timers).
  const idle: number[] = [];
  for (let i = 0; i < PAUSES; i++) {
    await page.waitForTimeout(100);
    idle.push(await taskTime(page, () => page.waitForTimeout(median(spans))));
  }
  add('check after a pause: main-thread time, 100×, median', median(xs), 'ms', 5);
  add('check after a pause: the same time with no check (floor), 100×, median', median(idle));
  await page.close();
  rmSync(app.dataDir, { recursive: true, force: true });
}

export async function benchTyping(browser: Browser, add: Add): Promise<void> {
  await keystrokes(browser, add);
  await checkAfterPause(browser, add);
}

/**
 * What typing in a long report costs the page, in Chromium through the real renderer:
 *   - main-thread task time per keystroke in the 50× report, and the same keystrokes into the same page's DOM
 *     without the app's script (the "static DOM" floor of that page), and their ratio;
 *   - main-thread time of a pause in typing at 100×: the check's request, its result (the check itself runs
 *     in a worker) and what else a pause sets off, less the same page's time for as long with no keystroke.
 * Task time is Chromium's TaskDuration (every task on the page's main thread), read through the DevTools protocol.
 */
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startApp, indexFile } from '../e2e/harness.ts';
import { longReport } from '../fixtures/docx-reports.ts';

export type Add = (name: string, value: number, unit?: string, target?: number) => void;

const KEYS = 200;
const PAUSES = 24;
/** Pauses before those measured: the page's first checks after opening also compile and warm the check's code. */
const WARM_UP = 3;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** A reader of the page's main-thread task time so far, in ms; `stop` when done. */
async function taskClock(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    read: async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000,
    stop: () => cdp.detach(),
  };
}

/** Main-thread task time, in ms, spent while `fn` runs. */
async function taskTime(page: Page, fn: () => Promise<void>): Promise<number> {
  const clock = await taskClock(page);
  const t0 = await clock.read();
  await fn();
  const t1 = await clock.read();
  await clock.stop();
  return t1 - t0;
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

/** Waits in the page until the check's result is shown (the count on the checklist's box moves past `before`). */
function resultShown(page: Page, before: number): Promise<void> {
  return page.evaluate(
    // No named helpers in here: the page has no __name of the test-time loader.
    (n) =>
      new Promise<void>((resolve) => {
        const box = document.querySelector('.checklist')!;
        // Up to the frame that paints the result: that is part of what a result costs.
        if (Number(box.getAttribute('data-check-runs')) > n)
          return void requestAnimationFrame(() => setTimeout(resolve, 0));
        new MutationObserver((_, o) => {
          if (Number(box.getAttribute('data-check-runs')) <= n) return;
          o.disconnect();
          requestAnimationFrame(() => setTimeout(resolve, 0));
        }).observe(box, { attributes: true });
      }),
    before,
  );
}

/** Waits in the page for `ms`, then up to a frame: the same measuring as resultShown, with nothing to wait for. */
function idleFor(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (n) => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), n)),
    ms,
  );
}

/** How long after a keystroke the page is watched: past the check's result, the undo step and the form-state save. */
const AFTER_PAUSE_MS = 1500;

type Clock = Awaited<ReturnType<typeof taskClock>>;

/**
 * One pause, measured twice side by side: the main-thread time from the keystroke's frame to the painted result
 * (`check`: the check's request, its result and the frame that paints it) and on to AFTER_PAUSE_MS (`pause`: also
 * the undo step a second later and Chromium's save of form state); then as long on the same page with no keystroke,
 * waited for in the same way and read at the same moments (`checkFloor`, `pauseFloor`: the caret's blink, timers,
 * the measuring's own round trips).
 */
async function onePause(page: Page, clock: Clock, before: number, key: string) {
  await page.keyboard.press(key);
  // The keystroke's own work (its handlers and its frame) done, well before the pause of 300 ms ends.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const t0 = Date.now();
  const a0 = await clock.read();
  await resultShown(page, before);
  const span = Date.now() - t0;
  const a1 = await clock.read();
  await idleFor(page, Math.max(0, AFTER_PAUSE_MS - span));
  const a2 = await clock.read();
  const b0 = await clock.read();
  await idleFor(page, span);
  const b1 = await clock.read();
  await idleFor(page, Math.max(0, AFTER_PAUSE_MS - span));
  const b2 = await clock.read();
  return { check: a1 - a0, checkFloor: b1 - b0, pause: a2 - a0, pauseFloor: b2 - b0 };
}

/** The check's main-thread time, and the pause's, are each the difference from their floor, pause by pause. */
async function checkAfterPause(browser: Browser, add: Add): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const app = await openReport(page, 100);
  const runs = () => page.locator('.checklist').getAttribute('data-check-runs').then(Number);
  const clock = await taskClock(page);
  const pauses: Array<Awaited<ReturnType<typeof onePause>>> = [];
  for (let i = -WARM_UP; i < PAUSES; i++) {
    const one = await onePause(page, clock, await runs(), i % 2 ? 'Backspace' : 'KeyA');
    if (i >= 0) pauses.push(one);
  }
  await clock.stop();
  const m = (f: (p: (typeof pauses)[number]) => number) => median(pauses.map(f));
  const s = AFTER_PAUSE_MS / 1000;
  add(
    'check after a pause: main-thread time, keystroke’s frame → result painted, 100×, median',
    m((p) => p.check),
  );
  add(
    'check after a pause: the same time with no keystroke (floor), 100×, median',
    m((p) => p.checkFloor),
  );
  add(
    'check after a pause: the check’s own (paired difference), 100×, median',
    m((p) => p.check - p.checkFloor),
    'ms',
    5,
  );
  add(
    `after a pause: main-thread time in ${s} s (check, undo step, form state), 100×, median`,
    m((p) => p.pause),
  );
  add(
    `after a pause: the same ${s} s with no keystroke (floor), 100×, median`,
    m((p) => p.pauseFloor),
  );
  add(
    `after a pause: the pause’s own in ${s} s (paired difference), 100×, median`,
    m((p) => p.pause - p.pauseFloor),
  );
  await page.close();
  rmSync(app.dataDir, { recursive: true, force: true });
}

export async function benchTyping(browser: Browser, add: Add): Promise<void> {
  await keystrokes(browser, add);
  await checkAfterPause(browser, add);
}

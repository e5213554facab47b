/**
 * Renders the app icon (assets/icon.png, 512×512) with Chromium: a red seal-like square with 法 in white.
 * Run: node --import tsx electron/tools/make-icon.ts
 */
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<body style="margin:0;background:transparent">
<div style="width:512px;height:512px;border-radius:96px;background:#b3261e;display:flex;align-items:center;justify-content:center;box-sizing:border-box;border:28px solid #8c1d17">
<span style="font:bold 300px 'Noto Serif CJK SC',serif;color:#fff;line-height:1">法</span></div></body>`);
await page.screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
console.error('assets/icon.png written');

/**
 * What the window may load and open: only the app's own page, no new windows, no webviews, no requests outside
 * the app's own folder. main.ts applies these to the real webContents and session; tests apply them to stand-ins.
 */

/** The parts of Electron's webContents the guard uses. */
export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Refuse navigation away from the app, every new window, and webviews. */
export function guardContents(contents: ContentsLike, isAppUrl: (url: string) => boolean): void {
  const stay = (e: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) e.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Requests the session lets through: the app's own files, blobs and devtools; nothing from the network and no
 * other file on the disk (a script from another folder must not run in the page, whatever the CSP's 'self'
 * allows). A blob is memory the page's own script made (the check's worker is started from one; the CSP allows
 * blob: for workers only), and only its own page can read it.
 */
export function requestCheck(isInsideApp: (url: string) => boolean): (url: string) => boolean {
  return (url) => isInsideApp(url) || url.startsWith('blob:') || url.startsWith('devtools:');
}

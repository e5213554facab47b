/**
 * What is the app's own: its page (the only sender IPC answers and the only place the window may go) and its
 * folder (the only place the page may load files from).
 *
 * The two sides of each comparison are spelled by different URL writers: main.ts makes the app's URL with Node's
 * pathToFileURL, which percent-encodes `~ [ ] %`, spaces and Chinese; Chromium reports the page's URL with its own
 * escaping (e.g. `~` stays `~`). Comparing the strings made the app refuse every call when unpacked under a path
 * such as C:\Users\ADMINI~1\…, so both are parsed and their decoded, normalised paths compared instead.
 */

/** Windows paths compare case-insensitively (NTFS), POSIX paths exactly. */
export type PathFlavour = 'posix' | 'win32';

const defaultFlavour: PathFlavour = process.platform === 'win32' ? 'win32' : 'posix';

/**
 * The canonical form of a file: URL — host and decoded, NFC-normalised path with single slashes (lower case on
 * Windows) — or null when the URL is not a file: URL or cannot be decoded safely. An encoded `/`, `\` or NUL is
 * refused rather than decoded, because decoding it would name a different file than the URL's own segments.
 */
export function fileUrlKey(url: string, flavour: PathFlavour = defaultFlavour): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:' || /%(2f|5c|00)/i.test(parsed.pathname)) return null;
  const decoded = decodeEscapes(parsed.pathname);
  if (decoded === null) return null;
  const key = `//${parsed.host}${decoded.replace(/\/{2,}/g, '/')}`.normalize('NFC');
  return flavour === 'win32' ? key.toLowerCase() : key;
}

/**
 * Decode the %XX escapes of a URL path the way Chromium does when it opens the file: a `%` that does not start an
 * escape is a literal `%` (Electron's loadFile leaves the `%` of a folder name such as `100%` unescaped). Escapes
 * that are not UTF-8 give null.
 */
function decodeEscapes(pathname: string): string | null {
  let bad = false;
  const out = pathname.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      bad = true;
      return run;
    }
  });
  return bad ? null : out;
}

/** Which URLs are the app's own page: its index.html, however escaped, with an optional hash or query. */
export function appUrlCheck(indexUrl: string, flavour: PathFlavour = defaultFlavour): (url: string) => boolean {
  const own = fileUrlKey(indexUrl, flavour);
  if (own === null) throw new Error(`the app's page is not a file: URL: ${indexUrl}`);
  return (url) => fileUrlKey(url, flavour) === own;
}

/** Which URLs lie inside the app's own folder (given as any file: URL of that folder, with or without the slash). */
export function appFolderCheck(folderUrl: string, flavour: PathFlavour = defaultFlavour): (url: string) => boolean {
  const folder = fileUrlKey(folderUrl, flavour);
  if (folder === null) throw new Error(`the app's folder is not a file: URL: ${folderUrl}`);
  const prefix = folder.endsWith('/') ? folder : folder + '/';
  return (url) => fileUrlKey(url, flavour)?.startsWith(prefix) ?? false;
}

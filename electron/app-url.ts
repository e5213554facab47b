/** Which URLs are the app's own page: only its index.html (with an optional hash or query). */
export function appUrlCheck(indexUrl: string): (url: string) => boolean {
  return (url) => url === indexUrl || url.startsWith(indexUrl + '#') || url.startsWith(indexUrl + '?');
}

/** What the county bench times, bundled as the app bundles it (see county.bench.ts). */
export { importFile } from '../../electron/services/import-file.ts';
export { CountyWorkspace } from '../../electron/services/county/workspace.ts';

/**
 * The steps of an import after the source is read: 报告库里已有 when it repeats a report of the library, then the
 * mapping check, then the new report opens.
 */
import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../../electron/contract.ts';
import { api } from '../../api.ts';
import { DuplicateImport } from './DuplicateImport.tsx';
import { ImportMapping } from './ImportMapping.tsx';

export function useImportFlow(onOpen: (id: string) => void, onError: (message: string) => void) {
  const [importing, setImporting] = useState<ImportPreview | null>(null);
  // An import that repeats a report of the library waits here until the user says what to do.
  const [repeating, setRepeating] = useState<ImportPreview | null>(null);
  const preview = (p: ImportPreview) => (p.matches.length ? setRepeating(p) : setImporting(p));
  const importFile = async () => {
    const r = await api().importFile();
    if (r.ok) preview(r.value);
    else if (r.error.code !== 'CANCELLED') onError(`无法导入：${r.error.message}`);
  };
  const dialogs = (
    <>
      {repeating && (
        <DuplicateImport
          matches={repeating.matches}
          onOpen={(id) => {
            setRepeating(null);
            onOpen(id);
          }}
          onImport={() => {
            setRepeating(null);
            setImporting(repeating);
          }}
          onCancel={() => setRepeating(null)}
        />
      )}
      {importing && (
        <ImportMapping
          preview={importing}
          onDone={(r) => {
            setImporting(null);
            onOpen(r.id);
          }}
          onCancel={() => setImporting(null)}
        />
      )}
    </>
  );
  return { importFile, preview, dialogs };
}

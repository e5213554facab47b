/** The dialogs over the current view: about, restoring a backup, the export review and the export itself. */
import type { StartupInfo } from '../../electron/contract.ts';
import { About } from './About.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';
import { ReviewDialog } from './ReviewDialog.tsx';
import type { useBackup } from './useBackup.ts';
import type { useExport } from './useExport.ts';

interface Props {
  about: boolean;
  info: StartupInfo | null;
  onCloseAbout(): void;
  backups: ReturnType<typeof useBackup>;
  exp: ReturnType<typeof useExport>;
}

export function Dialogs({ about, info, onCloseAbout, backups, exp }: Props) {
  const { review, exporting } = exp;
  const { restoring } = backups;
  return (
    <>
      {about && <About info={info} onClose={onCloseAbout} />}
      {restoring && (
        <RestoreDialog
          restoring={restoring}
          onRestore={(mode) => void backups.restore(mode)}
          onCancel={backups.cancelRestore}
        />
      )}
      {review && (
        <ReviewDialog
          review={review}
          onBack={exp.closeReview}
          onExportAnyway={() => void exp.writeDocx(review.report)}
          onFixAllThenExport={() => void exp.fixAllThenExport(review)}
          onJump={exp.jumpFromReview}
        />
      )}
      {exporting && <ExportDialog exporting={exporting} onClose={exp.closeExport} />}
    </>
  );
}

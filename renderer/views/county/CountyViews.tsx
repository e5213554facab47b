/** The county's two views, the matrix and a report opened from one of its cells, as the app's view switch shows them. */
import type { View } from '../../app/view.ts';
import { County } from './County.tsx';
import { CountyReport } from './CountyReport.tsx';

interface Props {
  view: Extract<View, { name: 'county' | 'county-report' }>;
  setView(view: View): void;
  onError(message: string): void;
}

export function CountyViews({ view, setView, onError }: Props) {
  if (view.name === 'county-report')
    return (
      <CountyReport
        entryId={view.entryId}
        unitName={view.unitName}
        columnId={view.columnId}
        year={view.year}
        onBack={() => setView({ name: 'county', year: view.year })}
        onError={onError}
      />
    );
  return (
    <County
      year={view.year}
      onBack={() => setView({ name: 'library' })}
      onError={onError}
      onOpen={(row, columnId, year) =>
        setView({ name: 'county-report', entryId: row.entryId, unitName: row.unitName, columnId, year })
      }
    />
  );
}

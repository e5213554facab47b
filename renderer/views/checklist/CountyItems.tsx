/** The county's 工作要点, pasted one per line; each line becomes a checklist item. */
import type { Report } from '../../../electron/core/report-model.ts';
import { PlainText } from '../../components/PlainText.tsx';

interface Props {
  report: Report;
  onChange(): void;
  /** open stays as the user left it while the tabs switch */
  open: boolean;
  onToggle(): void;
}

export function CountyItems({ report, onChange, open: countyOpen, onToggle }: Props) {
  return (
    <div class="county">
      <button type="button" class="link" onClick={onToggle}>
        {countyOpen ? '收起' : '添加县里的工作要点…'}
      </button>
      {countyOpen && (
        <label class="block">
          把县《法治政府建设工作要点》粘贴在这里，一行一条，每条成为一个检查项：
          <PlainText
            multiline
            label="县工作要点"
            value={report.countyItems.join('\n')}
            onChange={(v) => {
              report.countyItems = v
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .slice(0, 200);
              onChange();
            }}
          />
        </label>
      )}
    </div>
  );
}

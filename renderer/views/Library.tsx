/** The report library: every report, newest year first; create, open, rename, duplicate, delete. */
import { useEffect, useState } from 'preact/hooks';
import type { ReportSummary } from '../../electron/core/report-model.ts';
import type { Settings } from '../../electron/core/settings.ts';
import { api, unwrap } from '../api.ts';
import type { ImportPreview } from '../../electron/contract.ts';
import { checkUnitName } from '../../electron/core/unit-name.ts';
import { ImportMapping, PasteImport } from './ImportDialog.tsx';

interface Props {
  settings: Settings;
  onOpen(id: string): void;
  onError(message: string): void;
  /** when true, the new-report form is open on arrival (menu 新建报告) */
  startCreating?: boolean;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function Library({ settings, onOpen, onError, startCreating }: Props) {
  const [items, setItems] = useState<ReportSummary[] | null>(null);
  const [creating, setCreating] = useState(!!startCreating);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<ReportSummary | null>(null);
  const thisYear = new Date().getFullYear();
  const [form, setForm] = useState({
    unitName: settings.unitName,
    county: settings.county,
    year: String(thisYear - 1),
    order: settings.order,
  });
  const [formError, setFormError] = useState('');
  const [title, setTitle] = useState('');
  const [pasting, setPasting] = useState(false);
  const [importing, setImporting] = useState<ImportPreview | null>(null);
  const importFile = async () => {
    const r = await api().importFile();
    if (r.ok) setImporting(r.value);
    else if (r.error.code !== 'CANCELLED') onError(`无法导入：${r.error.message}`);
  };
  const carry = async (id: string) => {
    try {
      const next = await unwrap(api().carryForward(id));
      onOpen(next.id);
    } catch (e) {
      onError((e as Error).message);
    }
  };

  const reload = () => unwrap(api().listReports()).then(setItems, (e: Error) => onError(e.message));
  useEffect(() => {
    void reload();
  }, []);
  useEffect(() => setCreating(!!startCreating), [startCreating]);

  const create = async (e: Event) => {
    e.preventDefault();
    const year = Number(form.year);
    const unit = checkUnitName(form.unitName);
    if (!unit.ok) return setFormError(unit.message);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return setFormError('请填写报告年度，例如 2025。');
    try {
      const r = await unwrap(
        api().createReport({ unitName: unit.value, county: form.county.trim(), year, order: form.order }),
      );
      onOpen(r.id);
    } catch (err) {
      setFormError((err as Error).message);
    }
  };
  const act = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      onError((err as Error).message);
    }
    await reload();
  };

  return (
    <main class="library">
      <header class="library-head">
        <h1>我的报告</h1>
        <button onClick={() => void importFile()}>导入旧报告（Word/文本）</button>
        <button onClick={() => setPasting(true)}>粘贴文本导入</button>
        <button class="primary" onClick={() => setCreating(true)}>
          新建报告
        </button>
      </header>
      {creating && (
        <form class="card create-form" onSubmit={create} aria-label="新建报告">
          <h2>新建年度报告</h2>
          <div class="grid3">
            <label>
              单位名称（乡/镇/街道）
              <input
                name="unitName"
                value={form.unitName}
                onInput={(e) => setForm({ ...form, unitName: e.currentTarget.value })}
                placeholder="例如：汤郎乡"
              />
            </label>
            <label>
              所属县（市、区）
              <input
                name="county"
                value={form.county}
                onInput={(e) => setForm({ ...form, county: e.currentTarget.value })}
                placeholder="例如：禄劝县"
              />
            </label>
            <label>
              报告年度
              <input
                name="year"
                inputMode="numeric"
                value={form.year}
                onInput={(e) => setForm({ ...form, year: e.currentTarget.value })}
              />
            </label>
          </div>
          <fieldset class="order">
            <legend>章节顺序</legend>
            <label>
              <input
                type="radio"
                name="order"
                checked={form.order === 'A'}
                onChange={() => setForm({ ...form, order: 'A' })}
              />{' '}
              法定顺序（举措成效在前）
            </label>
            <label>
              <input
                type="radio"
                name="order"
                checked={form.order === 'B'}
                onChange={() => setForm({ ...form, order: 'B' })}
              />{' '}
              第一责任人在前
            </label>
          </fieldset>
          {formError && (
            <p class="error" role="alert">
              {formError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              创建
            </button>
            <button
              type="button"
              onClick={() => {
                setCreating(false);
                setFormError('');
              }}
            >
              取消
            </button>
          </div>
        </form>
      )}
      {items === null ? (
        <p>正在读取…</p>
      ) : items.length === 0 ? (
        <p class="empty">还没有报告。点击“新建报告”开始。</p>
      ) : (
        <ul class="report-list">
          {items.map((r) => (
            <li key={r.id} class="card report-item" data-id={r.id}>
              <div class="year">{r.year}</div>
              <div class="info">
                {renaming === r.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      setRenaming(null);
                      void act(api().renameReport(r.id, title));
                    }}
                  >
                    <input
                      aria-label="新标题"
                      value={title}
                      onInput={(e) => setTitle(e.currentTarget.value)}
                      autoFocus
                    />
                    <button type="submit">确定</button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      取消
                    </button>
                  </form>
                ) : (
                  <a
                    href="#"
                    class="title"
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(r.id);
                    }}
                  >
                    {r.title}
                  </a>
                )}
                <div class="meta">
                  {r.unitName}
                  {r.county ? ` · ${r.county}` : ''} · {r.chars.toLocaleString('zh-CN')} 字 · 修改于 {when(r.updatedAt)}
                </div>
              </div>
              <div class="item-actions">
                <button onClick={() => onOpen(r.id)}>打开</button>
                <button onClick={() => void carry(r.id)} title={`以本报告为底稿，新建 ${r.year + 1} 年度报告`}>
                  新建下一年度
                </button>
                <button
                  onClick={() => {
                    setRenaming(r.id);
                    setTitle(r.title);
                  }}
                >
                  重命名
                </button>
                <button onClick={() => void act(api().duplicateReport(r.id))}>复制</button>
                <button class="danger" onClick={() => setConfirmDelete(r)}>
                  删除
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pasting && (
        <PasteImport
          onPreview={(p) => {
            setPasting(false);
            setImporting(p);
          }}
          onCancel={() => setPasting(false)}
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
      {confirmDelete && (
        <div class="modal" role="dialog" aria-label="确认删除">
          <div class="card">
            <p>确定删除《{confirmDelete.title}》吗？删除后可从数据文件夹中的备份找回。</p>
            <div class="actions">
              <button
                class="danger"
                onClick={() => {
                  const r = confirmDelete;
                  setConfirmDelete(null);
                  void act(api().deleteReport(r.id));
                }}
              >
                删除
              </button>
              <button onClick={() => setConfirmDelete(null)}>取消</button>
            </div>
          </div>
        </div>
      )}
    </main>
  );
}

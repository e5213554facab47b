/** Zoom (适合宽度, 适合整页, 50–200 %) and 第 n 页 / 共 N 页 with a box to go to a page. */
import { useEffect, useState } from 'preact/hooks';
import { ZOOM_MAX, ZOOM_MIN, ZOOM_STEPS, zoomStep, type Zoom } from './zoom.ts';

interface Props {
  zoom: Zoom;
  scale: number;
  setZoom(zoom: Zoom): void;
  page: number;
  total: number;
  goTo(page: number): void;
}

export function PreviewNav({ zoom, scale, setZoom, page, total, goTo }: Props) {
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  const pct = Math.round(scale * 100);
  const go = () => {
    const n = Number(typed.trim());
    if (Number.isInteger(n) && n >= 1 && n <= total) goTo(n);
    else setTyped(String(page));
  };
  return (
    <div class="pv-nav" role="group" aria-label="页面和缩放">
      <button
        type="button"
        aria-label="缩小"
        title="缩小"
        disabled={pct <= ZOOM_MIN}
        onClick={() => setZoom(zoomStep(scale, -1))}
      >
        －
      </button>
      <select
        aria-label="缩放"
        value={typeof zoom === 'number' ? String(zoom) : zoom}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setZoom(v === 'width' || v === 'page' ? v : Number(v));
        }}
      >
        <option value="page">适合整页{zoom === 'page' ? `（${pct}%）` : ''}</option>
        <option value="width">适合宽度{zoom === 'width' ? `（${pct}%）` : ''}</option>
        {ZOOM_STEPS.map((s) => (
          <option key={s} value={String(s)}>
            {s}%
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label="放大"
        title="放大"
        disabled={pct >= ZOOM_MAX}
        onClick={() => setZoom(zoomStep(scale, 1))}
      >
        ＋
      </button>
      <label class="pv-page-box" title="输入页码后按回车；PageUp / PageDown 翻页">
        第
        <input
          type="text"
          inputMode="numeric"
          aria-label="页码"
          value={typed}
          size={3}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') go();
          }}
          onBlur={go}
        />
        页 / 共 <span class="pv-total">{total}</span> 页
      </label>
    </div>
  );
}

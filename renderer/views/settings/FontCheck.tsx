/**
 * 设置 → 字体: which fonts of each preset this PC has (the list comes from main, services/font-list.ts), the
 * preset recommended for it, and a button to take a preset. Which fonts exist is the machine's; what they mean
 * for the report is checkFonts() in the core.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkFonts, FONT_PRESETS, type FontCheck as Check } from '../../../electron/core/fonts.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { api, unwrap } from '../../api.ts';

const ROLE_LABEL: Record<string, string> = {
  title: '标题',
  body: '正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  pageNumber: '页码',
};

export function FontCheck({ s, setS }: { s: Settings; setS(s: Settings): void }) {
  const [check, setCheck] = useState<Check | null | 'unknown'>(null);
  useEffect(() => {
    let live = true;
    unwrap(api().listFonts())
      .then(({ installed }) => live && setCheck(installed.length ? checkFonts(installed) : 'unknown'))
      .catch(() => live && setCheck('unknown'));
    return () => {
      live = false;
    };
  }, []);
  if (check === null) return <p class="font-check-wait">正在读取本机字体…</p>;
  if (check === 'unknown') {
    return <p class="warning">无法读取本机已安装的字体，不能核对字体方案。导出的 Word 文件照常写出。</p>;
  }
  return (
    <section class="font-check" aria-label="字体">
      <h2>字体</h2>
      <p>
        本机推荐：<strong>{FONT_PRESETS[check.recommended].label}</strong>
        {check.recommended !== s.fontPreset && (
          <button type="button" onClick={() => setS({ ...s, fontPreset: check.recommended })}>
            改用推荐方案
          </button>
        )}
      </p>
      {check.presets.map((p) => (
        <div key={p.id} class={`font-preset${p.id === s.fontPreset ? ' chosen' : ''}`} data-preset={p.id}>
          <h3>
            {p.label}
            {p.id === s.fontPreset && '（当前）'}
            <span class={p.usable ? 'ok' : 'error'}>
              {p.complete ? '字体齐全' : p.usable ? '可用（部分用替代字体）' : '缺少字体'}
            </span>
          </h3>
          <ul>
            {p.fonts.map((f) => (
              <li key={f.name} class={f.installed ? 'ok' : f.fallback ? 'warning' : 'error'}>
                {f.installed ? '✓' : '✗'} {f.name}（{f.roles.map((r) => ROLE_LABEL[r]).join('、')}）
                {!f.installed && (f.fallback ? `：本机没有，用${f.fallback}代替` : '：本机没有')}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

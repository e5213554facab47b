/** How the Word file is set (fonts, bold headings), and, under its own heading, how often the editor saves. */
import type { Settings } from '../../../electron/core/settings.ts';

interface Props {
  s: Settings;
  setS(s: Settings): void;
}

export function WordFields({ s, setS }: Props) {
  return (
    <>
      <h2>Word 文件</h2>
      <div class="grid3">
        <label>
          字体方案
          <select
            value={s.fontPreset}
            onChange={(e) => setS({ ...s, fontPreset: e.currentTarget.value as Settings['fontPreset'] })}
          >
            <option value="windows">Windows 自带字体（仿宋、楷体、黑体）</option>
            <option value="gb2312">GB2312 字体（仿宋_GB2312、楷体_GB2312）</option>
            <option value="uos">统信 UOS / 麒麟（WPS 方正字体）</option>
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={s.boldHeadings}
            onChange={(e) => setS({ ...s, boldHeadings: e.currentTarget.checked })}
          />{' '}
          二、三级标题加粗
        </label>
      </div>
      <h2>编辑</h2>
      <div class="grid3">
        <label>
          自动保存间隔（秒）
          <input
            inputMode="decimal"
            value={String(s.autosaveMs / 1000)}
            onInput={(e) => setS({ ...s, autosaveMs: Math.round(Number(e.currentTarget.value) * 1000) })}
          />
        </label>
      </div>
    </>
  );
}

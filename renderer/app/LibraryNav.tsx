/** The bar above the report library: backup, restore, data folder, settings, about. */
import { api } from '../api.ts';

interface Props {
  onBackup(): void;
  onRestore(): void;
  onSettings(): void;
  onAbout(): void;
  onCounty(): void;
}

export function LibraryNav({ onBackup, onRestore, onSettings, onAbout, onCounty }: Props) {
  return (
    <nav class="topnav">
      <span class="brand">法治报告助手</span>
      <button onClick={onCounty}>县级汇总</button>
      <button onClick={onBackup}>备份到…</button>
      <button onClick={onRestore}>恢复备份</button>
      <button onClick={() => void api().openDataDir()}>打开数据文件夹</button>
      <button onClick={onSettings}>设置</button>
      <button onClick={onAbout}>关于</button>
    </nav>
  );
}

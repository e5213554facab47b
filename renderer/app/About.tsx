/** 帮助 → 关于: version, data folder, and what the report must contain. */
import type { StartupInfo } from '../../electron/contract.ts';
import { Dialog } from '../components/Dialog.tsx';

export function About({ info, onClose }: { info: StartupInfo | null; onClose(): void }) {
  return (
    <Dialog label="关于" cardClass="about" onClose={onClose}>
      <h2>法治报告助手</h2>
      <p>
        版本：<span class="version">{info?.version ?? ''}</span>
      </p>
      <p>
        数据文件夹：<code>{info?.dataDir ?? ''}</code>
      </p>
      <h3>年度报告要点</h3>
      <ul>
        <li>
          依据《法治政府建设与责任落实督察工作规定》，乡（镇）党委、政府每年 <b>3月1日前</b>{' '}
          向县委、县政府报告上一年度法治政府建设情况，同时抄送县委依法治县办。
        </li>
        <li>
          报告应在 <b>4月1日前</b> 通过报刊、政府网站等向社会公开（涉密内容除外）。
        </li>
        <li>
          必须写到的内容：上一年度主要举措和成效；存在的不足<b>和原因</b>
          ；党政主要负责人履行推进法治建设第一责任人职责情况；下一年度主要安排；其他需要报告的情况。
        </li>
        <li>
          第一责任人部分要写书记、乡（镇）长本人做了什么（亲自部署、亲自过问、亲自协调、亲自督办，专题会议次数，述法），不要只写口号。
        </li>
        <li>成效要有数字；“余”只用于十以上的整数；日期写作“2026年1月15日”。</li>
      </ul>
      <div class="actions">
        <button class="primary" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}

/** One block of the checklist pages: title, heading, item row, finding row or the empty note. */
import { stateName } from '../../../electron/core/checklist/index.ts';
import { levelName, severityName } from '../../../electron/core/labels.ts';
import { clip, itemSource, type CheckBlock } from './check-blocks.ts';

export function CheckBlockView({ b }: { b: CheckBlock }) {
  switch (b.kind) {
    case 'title':
      return (
        <div class="ck-title">
          <h2>检查清单</h2>
          <p class="ck-of">{b.title}</p>
          <p class="ck-summary">{b.summary}</p>
          <p class="ck-note">随草稿打印，供审核使用，不属于报告正文。</p>
        </div>
      );
    case 'heading':
      return <h3 class="ck-h">{b.text}</h3>;
    case 'item': {
      const r = b.r;
      return (
        <div class={`ck-row ck-items st-${r.state}`}>
          <span>{b.n}</span>
          <span>
            {r.title}
            {itemSource(r)}
          </span>
          <span>{levelName(r.level)}</span>
          <span class="ck-state">{stateName(r.state)}</span>
          <span>
            {r.reason}
            {r.markReason ? `（理由：${r.markReason}）` : ''}
            {r.evidence ? (
              <small>
                见 {r.evidence.label}：{clip(r.evidence.excerpt, 40)}
              </small>
            ) : null}
          </span>
        </div>
      );
    }
    case 'finding': {
      const f = b.f;
      return (
        <div class={`ck-row ck-findings sv-${f.severity}`}>
          <span>{b.n}</span>
          <span>
            {f.section}
            {f.paragraph ? ` 第${f.paragraph}段` : ''}
          </span>
          <span>{f.grade ?? severityName(f.severity)}</span>
          <span>
            {f.message}
            {f.excerpt ? <small>原文：{f.excerpt}</small> : null}
          </span>
        </div>
      );
    }
    case 'empty':
      return <p class="ck-empty">{b.text}</p>;
  }
}

/** Helpers shared by the checklist tests: one item's result, and a text per generic item in each state. */
import assert from 'node:assert/strict';
import { evaluateChecklist, type ChecklistItemResult } from '../../electron/core/checklist/index.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { makeReport, type Fill } from './check-fixture.ts';

export function item(report: Report, id: string, previous?: Report): ChecklistItemResult {
  const r = evaluateChecklist(report, { previous }).find((x) => x.id === id);
  assert.ok(r, `no item ${id}`);
  return r;
}

export function stateOf(fillWith: Fill, id: string): string {
  return item(makeReport(fillWith), id).state;
}

// Each generic item: a text that covers it (cue + figure), one that partly covers it (cue, no figure), and none.
export const GENERIC: Array<{ id: string; key: string; covered: string; partial?: string; none: string }> = [
  {
    id: 'study',
    key: 'study',
    covered: '乡党委理论学习中心组专题学习习近平法治思想6次。',
    partial: '深入学习习近平法治思想。',
    none: '坚持党的领导。',
  },
  { id: 'leadership', key: 'study', covered: '成立以乡长为组长的法治政府建设领导小组。', none: '高度重视法治建设。' },
  {
    id: 'cadre-study',
    key: 'study',
    covered: '全年组织会前学法12次，学法考试参考率100%。',
    partial: '坚持领导干部会前学法。',
    none: '加强干部教育。',
  },
  {
    id: 'decisions',
    key: 'decisions',
    covered: '全年重大行政决策事项3项，均经集体讨论决定。',
    partial: '严格落实重大行政决策程序。',
    none: '决策更加科学。',
  },
  {
    id: 'legality',
    key: 'decisions',
    covered: '开展合法性审查15件，村（社区）法律顾问覆盖率100%。',
    partial: '聘请律师担任法律顾问。',
    none: '依法办事。',
  },
  {
    id: 'normative',
    key: 'decisions',
    covered: '报送备案审查规范性文件2件。',
    partial: '加强规范性文件管理。',
    none: '制度更加完善。',
  },
  {
    id: 'three-systems',
    key: 'enforcement',
    covered: '全面推行执法公示、全过程记录、法制审核制度。',
    none: '执法更加规范。',
  },
  {
    id: 'enforcement',
    key: 'enforcement',
    covered: '全乡21名执法人员均持有执法证。',
    partial: '强化综合行政执法队伍建设。',
    none: '执法更加规范。',
  },
  {
    id: 'openness',
    key: 'oversight',
    covered: '通过政务公开栏公开各类信息150条。',
    partial: '推进政务公开。',
    none: '权力运行透明。',
  },
  {
    id: 'functions',
    key: 'functions',
    covered: '公布履职事项清单事项120项。',
    partial: '持续优化营商环境。',
    none: '转变工作作风。',
  },
  {
    id: 'disputes',
    key: 'disputes',
    covered: '排查调处矛盾纠纷56件，调解成功率98%。',
    partial: '建立矛盾纠纷排查调处机制。',
    none: '社会和谐稳定。',
  },
  {
    id: 'petitions',
    key: 'disputes',
    covered: '受理信访事项30件，办结率100%。',
    partial: '推进信访工作法治化。',
    none: '群众满意。',
  },
  {
    id: 'review-litigation',
    key: 'disputes',
    covered: '全年发生行政复议案件0件、行政诉讼案件1件。',
    partial: '做好行政复议应诉工作。',
    none: '化解行政争议。',
  },
  {
    id: 'legal-education',
    key: 'education',
    covered: '开展普法宣传活动28场次，发放资料5700份。',
    partial: '深入开展普法宣传。',
    none: '群众素质提高。',
  },
  { id: 'oversight', key: 'oversight', covered: '自觉接受人大监督和群众监督。', none: '工作规范有序。' },
  {
    id: 'emergency',
    key: 'emergency',
    covered: '组织防汛应急演练3次。',
    partial: '修订应急预案。',
    none: '做好值班值守。',
  },
  { id: 'digital', key: 'digital', covered: '推进政务服务事项网上办理。', none: '提高办事效率。' },
];

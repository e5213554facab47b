/** The header row of the checklist's item table or findings table. */
export function CheckHead({ table }: { table: 'item' | 'finding' }) {
  return table === 'item' ? (
    <div class="ck-row ck-items ck-head">
      <span>序号</span>
      <span>检查项</span>
      <span>要求</span>
      <span>状态</span>
      <span>说明</span>
    </div>
  ) : (
    <div class="ck-row ck-findings ck-head">
      <span>序号</span>
      <span>位置</span>
      <span>程度</span>
      <span>问题</span>
    </div>
  );
}

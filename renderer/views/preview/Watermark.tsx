/** The 草稿 mark across a draft page. */
export function Watermark() {
  return (
    <div class="pv-watermark" aria-hidden="true">
      <span>草稿</span>
    </div>
  );
}

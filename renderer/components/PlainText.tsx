/**
 * A plain-text box that is safe with Chinese input methods: the DOM owns the text while the user types;
 * the model is updated on input but never written back into the box during composition, and an outside
 * change (a fix, an undo from the model) is written in only when it differs.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  label: string;
  class?: string;
  id?: string;
  maxLength?: number;
}

function autosize(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + 2}px`;
}

export function PlainText(p: Props) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const composing = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || composing.current) return;
    if (el.value !== p.value) el.value = p.value;
    if (p.multiline) autosize(el);
  }, [p.value]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !p.multiline) return;
    const ro = new ResizeObserver(() => autosize(el));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const commit = (el: HTMLTextAreaElement | HTMLInputElement) => {
    if (p.multiline) autosize(el as HTMLTextAreaElement);
    p.onChange(el.value);
  };
  const handlers = {
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: Event) => {
      composing.current = false;
      commit(e.currentTarget as HTMLTextAreaElement);
    },
    onInput: (e: Event) => {
      if ((e as InputEvent).isComposing || composing.current) return;
      commit(e.currentTarget as HTMLTextAreaElement);
    },
  };
  return p.multiline ? (
    <textarea ref={ref} id={p.id} class={p.class} aria-label={p.label} placeholder={p.placeholder} rows={2} spellcheck={false} maxLength={p.maxLength} {...handlers} />
  ) : (
    <input ref={ref} id={p.id} class={p.class} aria-label={p.label} placeholder={p.placeholder} type="text" spellcheck={false} maxLength={p.maxLength} {...handlers} />
  );
}

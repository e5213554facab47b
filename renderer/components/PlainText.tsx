/**
 * A plain-text box that is safe with Chinese input methods: the DOM owns the text while the user types;
 * the model is updated on input but never written back into the box during composition, and an outside
 * change (a fix, an undo from the model) is written in only when it differs.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

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

export function PlainText(p: Props) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const composing = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || composing.current) return;
    if (el.value !== p.value) el.value = p.value;
  }, [p.value]);

  const onChange = useRef(p.onChange);
  onChange.current = p.onChange;

  // Listeners are attached directly: composition events need exact lowercase names. They are attached in a
  // layout effect, in the same task as the box appears: a plain effect runs only after the next paint, and
  // text typed into a just-added box before then would show on screen but never reach the report.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const commit = () => onChange.current(el.value);
    const start = () => {
      composing.current = true;
    };
    const end = () => {
      composing.current = false;
      commit();
    };
    const input = (e: Event) => {
      if ((e as InputEvent).isComposing || composing.current) return;
      commit();
    };
    el.addEventListener('compositionstart', start);
    el.addEventListener('compositionend', end);
    el.addEventListener('input', input);
    return () => {
      el.removeEventListener('compositionstart', start);
      el.removeEventListener('compositionend', end);
      el.removeEventListener('input', input);
    };
  }, []);

  return p.multiline ? (
    <textarea
      ref={ref}
      id={p.id}
      class={p.class}
      aria-label={p.label}
      placeholder={p.placeholder}
      rows={2}
      spellcheck={false}
      autocomplete="off"
      maxLength={p.maxLength}
    />
  ) : (
    <input
      ref={ref}
      id={p.id}
      class={p.class}
      aria-label={p.label}
      placeholder={p.placeholder}
      type="text"
      spellcheck={false}
      autocomplete="off"
      maxLength={p.maxLength}
    />
  );
}

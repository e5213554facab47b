/**
 * The time printed in the draft footer, stamped when printing starts; and Esc back to editing, unless a dialog
 * is open over the preview.
 */
import { useEffect, useState } from 'preact/hooks';
import { modalOpen } from '../../components/Dialog.tsx';

export function usePrintedAt(onClose: () => void) {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const stamp = () => setPrintedAt(new Date());
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !modalOpen()) onClose();
    };
    window.addEventListener('beforeprint', stamp);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeprint', stamp);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  /** Stamp the time, then `go` once the new time has reached the page. */
  const printing = (go: () => void) => () => {
    setPrintedAt(new Date());
    requestAnimationFrame(() => go());
  };
  return { printedAt, printing };
}

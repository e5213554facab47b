/**
 * The open editor's save-now: menu commands, exports and window closing save first. The editor binds it while
 * it is mounted; with no editor there is nothing to save.
 */
import { useRef } from 'preact/hooks';

export type Flush = () => Promise<boolean>;

export function useFlush() {
  const ref = useRef<Flush | null>(null);
  const flush: Flush = async () => (ref.current ? ref.current() : true);
  const bindFlush = (f: Flush | null) => {
    ref.current = f;
  };
  return { flush, bindFlush };
}

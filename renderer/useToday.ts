/** Today by the main process's clock (tests set it there): days left are counted from it, never from the page's. */
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

export function useToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    void api()
      .clock()
      .then((r) => r.ok && setToday(r.value.today));
  }, []);
  return today;
}

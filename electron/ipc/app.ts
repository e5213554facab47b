/** The app itself: how it started, the answer to a flush before closing, the data folder. */
import { z } from 'zod';
import type { Services } from '../services/create-services.ts';
import { NoArgs, type Routes } from './route.ts';

export function appRoutes({
  startup,
  desktop,
  store,
  installedFonts,
}: Services): Routes<'app:startup' | 'app:flushed' | 'app:open-data-dir' | 'fonts:list'> {
  return {
    'fonts:list': { args: NoArgs, handle: async () => ({ installed: await installedFonts() }) },
    'app:startup': { args: NoArgs, handle: () => startup },
    'app:flushed': {
      args: z.object({ saved: z.boolean() }).strict(),
      handle: ({ saved }) => {
        desktop.onFlushed(saved);
        return { ok: true as const };
      },
    },
    'app:open-data-dir': {
      args: NoArgs,
      handle: async () => {
        await desktop.openPath(store.dataDir);
        return { opened: true as const };
      },
    },
  };
}

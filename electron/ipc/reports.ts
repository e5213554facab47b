/** The report library and the settings: list, open, create, save, rename, duplicate, delete, carry forward. */
import { z } from 'zod';
import { ReportSchema } from '../core/report-model.ts';
import { SettingsSchema } from '../core/settings.ts';
import { carryForward } from '../core/carry-forward.ts';
import type { Services } from '../services/create-services.ts';
import { Id, IpcFailure, NoArgs, type Routes } from './route.ts';
import { newMarkProblem } from '../core/checklist/index.ts';
import { NAME_MAX_CHARS, YEAR_MAX, YEAR_MIN } from '../core/limits.ts';
import { checkUnitName } from '../core/unit-name.ts';

type ReportChannel =
  | 'report:list'
  | 'report:get'
  | 'report:create'
  | 'report:save'
  | 'report:rename'
  | 'report:duplicate'
  | 'report:delete'
  | 'report:carry-forward'
  | 'settings:get'
  | 'settings:save';

const CreateArgs = z
  .object({
    unitName: z
      .string()
      .max(NAME_MAX_CHARS)
      .transform((raw, ctx) => {
        const unit = checkUnitName(raw);
        if (unit.ok) return unit.value;
        ctx.addIssue({ code: 'custom', message: unit.message });
        return z.NEVER;
      }),
    county: z.string().trim().max(NAME_MAX_CHARS),
    year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
    order: z.enum(['A', 'B']).optional(),
  })
  .strict();

export function reportRoutes({ store, versions }: Services): Routes<ReportChannel> {
  return {
    'report:list': { args: NoArgs, handle: () => store.list() },
    'report:get': { args: z.object({ id: Id }).strict(), handle: ({ id }) => store.get(id) },
    'report:create': { args: CreateArgs, handle: (a) => store.create(a) },
    'report:save': {
      args: ReportSchema,
      handle: (r) => {
        // The marks the checklist refuses (不适用 on a 必写 item without a real reason…) are refused here too.
        const problem = Object.keys(r.marks).length ? newMarkProblem(store.get(r.id), r) : null;
        if (problem) throw new IpcFailure('INVALID_PAYLOAD', problem);
        return store.save(r);
      },
    },
    'report:rename': {
      args: z.object({ id: Id, title: z.string().max(500) }).strict(),
      handle: ({ id, title }) => store.rename(id, title),
    },
    'report:duplicate': { args: z.object({ id: Id }).strict(), handle: ({ id }) => store.duplicate(id) },
    'report:delete': {
      args: z.object({ id: Id }).strict(),
      handle: async ({ id }) => {
        await store.delete(id);
        await versions.removeAll(id).catch(() => undefined);
        return { deleted: true as const };
      },
    },
    'report:carry-forward': {
      args: z.object({ id: Id }).strict(),
      handle: ({ id }) => store.add(carryForward(store.get(id))),
    },
    'settings:get': { args: NoArgs, handle: () => store.settings() },
    'settings:save': { args: SettingsSchema, handle: (v) => store.saveSettings(v) },
  };
}

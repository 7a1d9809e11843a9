/**
 * Runtime schemas of the stored files, with their version and migration hook.
 * Anything that fails here is treated as damaged: moved aside, never loaded.
 */
import { z } from 'zod';
import { articleInputSchema, cardDraftSchema, settingsSchema } from '../../../contract';
import type { DeckData, SettingsData } from '../types';

export const DECK_VERSION = 1;
export const SETTINGS_VERSION = 1;

const epoch = z.number().finite();

export const fsrsStateSchema = z.object({
  due: epoch,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  elapsed_days: z.number().finite().min(0),
  scheduled_days: z.number().finite().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: epoch.nullable(),
});

export const storedCardSchema = z.object({
  // A deck outlives the kinds list: a card of a kind the generator no longer makes is still studied
  // (the views fall back to a plain self-graded card for a kind they do not know).
  draft: cardDraftSchema.extend({ kind: z.string().min(1).max(60) }),
  articleId: z.string().min(1),
  review: z.enum(['pending', 'accepted', 'rejected']),
  suspended: z.boolean(),
  retired: z.boolean(),
  fsrs: fsrsStateSchema,
  createdAt: epoch,
  updatedAt: epoch,
  sourceId: z.string().min(1).optional(),
});

export const storedArticleSchema = articleInputSchema.extend({
  addedAt: z.string().min(1),
  updatedAt: z.string().min(1),
});

export const deckDataSchema = z.object({
  version: z.literal(DECK_VERSION),
  article: storedArticleSchema,
  cards: z.array(storedCardSchema),
  checkpointSeq: z.number().int().min(0),
});

export const settingsDataSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  settings: settingsSchema,
  parameters: z.array(z.number().finite()).nullable(),
});

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first shipped
 * format, so there are none yet; a file of an unknown version is refused.
 */
const deckMigrations: Record<number, Migration> = {};
const settingsMigrations: Record<number, Migration> = {};

export type Parsed<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

function parseVersioned<T>(
  raw: unknown,
  current: number,
  migrations: Record<number, Migration>,
  schema: z.ZodType<T>,
): Parsed<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version !== 'number') return { ok: false, reason: 'no version' };
  if (version > current) return { ok: false, reason: `written by a newer version (${version})` };
  let migrated = false;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `older version ${version} with no migration` };
    data = step(data);
    migrated = true;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `wrong shape at ${issue?.path.join('.') || 'root'}: ${issue?.message ?? ''}` };
  }
  return { ok: true, value: result.data, migrated };
}

export function parseDeck(raw: unknown): Parsed<DeckData> {
  return parseVersioned(raw, DECK_VERSION, deckMigrations, deckDataSchema as z.ZodType<DeckData>);
}

export function parseSettings(raw: unknown): Parsed<SettingsData> {
  return parseVersioned(raw, SETTINGS_VERSION, settingsMigrations, settingsDataSchema as z.ZodType<SettingsData>);
}

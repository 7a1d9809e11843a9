/** Settings: reading and changing them, and fitting the FSRS parameters to the review history. */
import { type OptimizerResult, type ParsedInput, type Settings, settingsSchema } from '../../../contract';
import { UserError } from '../errors';
import type { OptimizerRunner } from '../optimizer';
import type { StoreReader, StoreWriter } from '../storage';

export function getSettings(store: StoreReader): Settings {
  return store.settings;
}

export function setSettings(store: StoreWriter, patch: ParsedInput<'settings:set'>): Settings {
  const merged = settingsSchema.safeParse({ ...store.settings, ...patch });
  if (!merged.success) {
    // The contract's schema carries the sentences meant for the user.
    throw new UserError(merged.error.issues[0]?.message ?? 'These settings are not valid.', 'invalid-input');
  }
  store.updateSettings({ settings: merged.data });
  return merged.data;
}

/** Fits FSRS parameters where `run` says (a utility process in the app); keeps them only when they are better. */
export async function optimize(store: StoreWriter, run: OptimizerRunner): Promise<OptimizerResult> {
  const result = await run({
    reviews: store.reviews(),
    current: store.parameters,
    desiredRetention: store.settings.desiredRetention,
    numRelearningSteps: store.settings.relearningSteps.length,
  });
  if (result.kept === 'new') store.updateSettings({ parameters: result.parameters });
  return result;
}

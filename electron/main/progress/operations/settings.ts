/** Settings: reading and changing them, and fitting the FSRS parameters to the review history. */
import { type OptimizerResult, type ParsedInput, type Settings, settingsSchema } from '../../../contract';
import { UserError } from '../errors';
import type { OptimizerRunner } from '../optimizer';
import type { Progress } from '../storage';

export function getSettings(p: Progress): Settings {
  return p.settings;
}

export function setSettings(p: Progress, patch: ParsedInput<'settings:set'>): Settings {
  const merged = settingsSchema.safeParse({ ...p.settings, ...patch });
  if (!merged.success) {
    // The contract's schema carries the sentences meant for the user.
    throw new UserError(merged.error.issues[0]?.message ?? 'These settings are not valid.', 'invalid-input');
  }
  p.writeSettings({ ...p.settingsData, settings: merged.data });
  return merged.data;
}

/** Fits FSRS parameters where `run` says (a utility process in the app); keeps them only when they are better. */
export async function optimize(p: Progress, run: OptimizerRunner): Promise<OptimizerResult> {
  const result = await run({
    reviews: p.allReviews(),
    current: p.settingsData.parameters,
    desiredRetention: p.settings.desiredRetention,
    numRelearningSteps: p.settings.relearningSteps.length,
  });
  if (result.kept === 'new') p.writeSettings({ ...p.settingsData, parameters: result.parameters });
  return result;
}

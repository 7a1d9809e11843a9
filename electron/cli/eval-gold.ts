import { z } from 'zod';

// Gold annotation file (`slug.gold.json`), per docs/cards-json.md. `optional` marks
// a fact a careful reader could go either way on: it is never required for recall and a
// generated fact matching it is never counted against precision.

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'group', 'forum', 'initiative'] as const;
export const ARGUMENT_KINDS = ['thesis', 'factor', 'risk', 'motive', 'condition', 'claim'] as const;

const text = z.string().trim().min(1);

export const goldActorSchema = z.strictObject({
  name: text,
  aliases: z.array(text).default([]),
  role: text.nullable().default(null),
  kind: z.enum(ACTOR_KINDS),
  optional: z.boolean().default(false),
});

export const goldDateSchema = z.strictObject({
  when: text,
  event: text,
  iso: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .optional(),
  optional: z.boolean().default(false),
});

export const goldQuoteSchema = z.strictObject({
  speaker: text.nullable(),
  text,
  optional: z.boolean().default(false),
});

export const goldArgumentSchema = z.strictObject({
  kind: z.enum(ARGUMENT_KINDS),
  text,
});

export const goldSchema = z
  .strictObject({
    actors: z.array(goldActorSchema),
    dates: z.array(goldDateSchema),
    quotes: z.array(goldQuoteSchema),
    arguments: z.array(goldArgumentSchema),
    /** Phrases that look like dates and are not ("for around 20 years", "tend to fall"). */
    notDates: z.array(text).default([]),
    /** Strings that must not survive into the plain text (script and style content). */
    notInText: z.array(text).default([]),
  })
  .superRefine((gold, context) => {
    const names = new Set(gold.actors.map((actor) => actor.name));
    gold.quotes.forEach((quote, index) => {
      if (quote.speaker !== null && !names.has(quote.speaker)) {
        context.addIssue({
          code: 'custom',
          path: ['quotes', index, 'speaker'],
          message: `speaker "${quote.speaker}" is not the name of a gold actor`,
        });
      }
    });
  });

export type Gold = z.infer<typeof goldSchema>;
export type GoldActor = z.infer<typeof goldActorSchema>;

/** Parses a gold file's JSON text; throws with the zod issues when it is not valid. */
export function parseGold(json: string): Gold {
  return goldSchema.parse(JSON.parse(json));
}

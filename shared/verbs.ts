/** `library:save` -> `librarySave`: the verb the preload exposes for a channel, as a type. */
export type VerbOf<C extends string> = C extends `${infer D}:${infer V}` ? `${D}${Capitalize<V>}` : never;

/** `library:list` -> `libraryList`: the verb name the preload exposes for a channel. */
export function verbName<C extends string>(channel: C): VerbOf<C> {
  const [domain, verb] = channel.split(':') as [string, string];
  return (domain + verb.charAt(0).toUpperCase() + verb.slice(1)) as VerbOf<C>;
}

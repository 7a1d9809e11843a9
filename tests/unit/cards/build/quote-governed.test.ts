import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Our own harbour story: a clerk who reports a minister's order, a mayor who fears a threat.
const speakersOf = (text: string, fragment: string) =>
  generate(text)
    .cards.filter((c) => c.kind === 'quote-speaker' && c.prompt.includes(fragment))
    .map((c) => c.answer);

describe('who said a short quoted fragment: only where a verb of saying governs it', () => {
  it('asks nobody of a fragment another person orders inside the reported clause', () => {
    const text =
      'Harriet Vale was the harbour clerk in Portwell. Vale told the mayor, Tomas Brandt, that the minister Ilse Kora had ordered that the wardens would "keep every gate shut until dawn". Brandt later said the gates were "a matter for the wardens alone".';
    expect(speakersOf(text, 'keep every gate shut')).toEqual([]);
  });

  it('asks nobody of a fragment that is the object of a verb that is not saying', () => {
    const text =
      'Tomas Brandt was the mayor of Portwell. Brandt decided to guard against the "bands of smugglers waiting offshore" by doubling the night watch. Harriet Vale said the watch was "far too small for the task".';
    expect(speakersOf(text, 'bands of smugglers')).toEqual([]);
  });

  it('still asks a fragment the speaker says, and one the speaker says another ordered by "he"', () => {
    const text =
      'Tomas Brandt was the mayor of Portwell. Brandt said the new pier "will pay for itself within a year". Harriet Vale said she had ordered the wardens to "keep every gate shut until the storm has passed".';
    expect(speakersOf(text, 'will pay for itself')).toEqual(['Tomas Brandt']);
    expect(speakersOf(text, 'keep every gate shut')).toEqual(['Harriet Vale']);
  });
});

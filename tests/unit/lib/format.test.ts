import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatInterval,
  formatPercent,
  plural,
} from '../../../renderer/src/lib/format';

describe('dashboard wording', () => {
  it('shows a share as a whole percentage, and a dash before anything was measured', () => {
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatPercent(0.9234, 1)).toBe('92.3%');
    expect(formatPercent(null)).toBe('—');
  });

  it('says study time in minutes, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(754_000)).toBe('13 min');
    expect(formatDuration(5_400_000)).toBe('1 h 30 min');
    expect(formatDuration(7_200_000)).toBe('2 h');
  });

  it('says intervals the way a scheduler does: minutes, hours, days, months, years', () => {
    expect(formatInterval(10 / 1440)).toBe('10 min');
    expect(formatInterval(0.25)).toBe('6 h');
    expect(formatInterval(4)).toBe('4 d');
    expect(formatInterval(76)).toBe('2.5 mo');
    expect(formatInterval(438)).toBe('1.2 y');
    expect(formatInterval(0)).toBe('1 min');
  });

  it('groups thousands and agrees a noun with its count', () => {
    expect(formatCount(20_000)).toBe('20,000');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(13, 'day')).toBe('13 days');
    expect(plural(2, 'lapse')).toBe('2 lapses');
    expect(plural(1234, 'word')).toBe('1,234 words');
    expect(plural(2, 'card was', 'cards were')).toBe('2 cards were');
  });

  it('gives file sizes in B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

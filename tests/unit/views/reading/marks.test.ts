import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { computeMarks, segments } from '../../../../renderer/src/views/reading/marks';

const TEXT =
  'In May 2024, Russian Foreign Minister Sergey Lavrov said, “Work with Kabul is in our interest.” Lavrov spoke in Moscow.\nIn March 2024 Zamir Kabulov met officials.';

describe('reading view marks', () => {
  it('marks actors, dates and quotes without overlaps, quotes winning', () => {
    const doc = generate(TEXT, { title: 'Test' });
    const marks = computeMarks(TEXT, doc);
    for (let i = 1; i < marks.length; i += 1) expect(marks[i].start).toBeGreaterThanOrEqual(marks[i - 1].end);
    const slices = marks.map((m) => [m.facet, TEXT.slice(m.start, m.end)]);
    expect(slices).toContainEqual(['dates', 'May 2024']);
    expect(slices.some(([facet, s]) => facet === 'actors' && s === 'Lavrov')).toBe(true);
    expect(slices.some(([facet, s]) => facet === 'quotes' && s.startsWith('Work with Kabul'))).toBe(true);
  });

  it('cuts a paragraph where marks and the focused span start and end, covering it exactly', () => {
    const marks = [{ start: 3, end: 11, facet: 'dates' as const, key: 'd', label: 'May 2024' }];
    const segs = segments(0, 40, marks, { start: 5, end: 20 });
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(40);
    for (let i = 1; i < segs.length; i += 1) expect(segs[i].start).toBe(segs[i - 1].end);
    expect(segs.find((s) => s.start === 5)).toMatchObject({ focus: true, mark: { key: 'd' } });
  });
});

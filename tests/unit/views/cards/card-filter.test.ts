import { describe, expect, it } from 'vitest';
import type { CardView } from '../../../../electron/contract';
import {
  EMPTY_FILTER,
  filterFromRequest,
  stateLabel,
  toListInput,
} from '../../../../renderer/src/views/cards/card-filter';

const card = (patch: Partial<CardView>): CardView =>
  ({ state: 'review', review: 'accepted', suspended: false, retired: false, ...patch }) as CardView;

describe('card browser filter', () => {
  it('leaves empty fields out of the cards:list request and trims the search', () => {
    expect(toListInput(EMPTY_FILTER)).toEqual({ sort: 'due' });
    expect(
      toListInput({
        search: '  Putin ',
        articleId: 'a',
        facet: 'quotes',
        state: 'suspended',
        dueOnly: true,
        sort: 'lapses',
      }),
    ).toEqual({ search: 'Putin', articleId: 'a', facet: 'quotes', state: 'suspended', dueOnly: true, sort: 'lapses' });
  });

  it('a link from the dashboard replaces the whole filter', () => {
    expect(filterFromRequest({ search: 'Lavrov' })).toEqual({ ...EMPTY_FILTER, search: 'Lavrov' });
    expect(filterFromRequest({ facet: 'dates' })).toEqual({ ...EMPTY_FILTER, facet: 'dates' });
  });

  it('names a card by what matters most: retired, pending, suspended, then its schedule state', () => {
    expect(stateLabel(card({ retired: true, suspended: true }))).toBe('retired');
    expect(stateLabel(card({ review: 'pending' }))).toBe('pending');
    expect(stateLabel(card({ suspended: true }))).toBe('suspended');
    expect(stateLabel(card({ state: 'relearning' }))).toBe('relearning');
  });
});

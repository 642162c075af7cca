import { describe, expect, it } from 'vitest';
import { emptyDeck, moveSlide, parseDeck, slideOf, slideView } from './deck';
import { DEFAULT_VIEW_STATE } from './viewState';

describe('briefing decks', () => {
  it('keep each slide\'s view and round-trip through a file', () => {
    const view = { ...DEFAULT_VIEW_STATE, wards: ['E05005093'], months: { from: '2019-06', to: '2019-08' } };
    const deck = { ...emptyDeck('abc'), slides: [slideOf(view, 'Margate Central', 'notes <b>x</b>')] };
    const back = parseDeck(JSON.stringify(deck));
    expect(back.fingerprint).toBe('abc');
    expect(back.slides[0].title).toBe('Margate Central');
    expect(slideView(back.slides[0])).toEqual(view);
  });

  it('reorder slides and refuse files that are not decks', () => {
    const a = slideOf(DEFAULT_VIEW_STATE, 'a');
    const b = slideOf(DEFAULT_VIEW_STATE, 'b');
    const deck = { ...emptyDeck(), slides: [a, b] };
    expect(moveSlide(deck, 0, 1).slides.map((s) => s.title)).toEqual(['b', 'a']);
    expect(moveSlide(deck, 0, -1)).toBe(deck);
    expect(() => parseDeck('{"version":2}')).toThrow(/briefing deck/);
    expect(() => parseDeck('nope')).toThrow(/not a briefing deck/);
  });
});

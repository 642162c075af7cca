import { decodeViewState, encodeViewState } from './urlCodec';
import type { ViewState } from './viewState';

/** One briefing slide: a captured view (as its URL hash, so old slides read like old links) with words. */
export interface Slide {
  id: string;
  title: string;
  notes: string;
  view: string;
}

export interface BriefingDeck {
  version: 1;
  /** Fingerprint of the data the deck was made on: opening it on other data warns. */
  fingerprint: string;
  slides: Slide[];
}

const KEY = 'harmspot.deck.v1';

export const emptyDeck = (fingerprint = ''): BriefingDeck => ({ version: 1, fingerprint, slides: [] });

export function slideOf(view: ViewState, title: string, notes = ''): Slide {
  return { id: `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, title, notes, view: encodeViewState(view) };
}

export function slideView(slide: Slide): ViewState {
  return decodeViewState(slide.view);
}

/** Reads a deck file (or stored deck); anything malformed is refused with a plain message. */
export function parseDeck(text: string): BriefingDeck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`not a briefing deck: ${(err as Error).message}`);
  }
  const d = raw as Partial<BriefingDeck>;
  if (!d || d.version !== 1 || !Array.isArray(d.slides)) throw new Error('not a harmspot briefing deck (version 1)');
  const slides = d.slides
    .filter((s): s is Slide => !!s && typeof s.view === 'string')
    .map((s) => ({ id: String(s.id ?? ''), title: String(s.title ?? '').slice(0, 200), notes: String(s.notes ?? '').slice(0, 5000), view: s.view }));
  return { version: 1, fingerprint: typeof d.fingerprint === 'string' ? d.fingerprint : '', slides };
}

export function loadStoredDeck(): BriefingDeck {
  try {
    const text = localStorage.getItem(KEY);
    return text ? parseDeck(text) : emptyDeck();
  } catch {
    return emptyDeck();
  }
}

export function storeDeck(deck: BriefingDeck): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(deck));
  } catch {
    // Storage full or disabled: the deck lives until the tab closes; "Save deck" still works.
  }
}

/** Moves slide `i` by `delta` places. */
export function moveSlide(deck: BriefingDeck, i: number, delta: number): BriefingDeck {
  const j = i + delta;
  if (j < 0 || j >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  [slides[i], slides[j]] = [slides[j], slides[i]];
  return { ...deck, slides };
}

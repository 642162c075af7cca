import { useState } from 'react';
import { moveSlide, parseDeck, type BriefingDeck } from '../state/deck';
import { download } from './download';
import { FilePickButton } from './FilePickButton';

interface Props {
  deck: BriefingDeck;
  suggestedTitle: string;
  fingerprint: string;
  busy: string | null;
  /** Stops the PDF between pages. */
  onCancelPdf: () => void;
  onChange: (deck: BriefingDeck) => void;
  onAdd: (title: string) => void;
  onPresent: (index: number) => void;
  onPdf: () => void;
}

/** The briefing deck: add the current view as a slide, edit, reorder, delete, present, save and open. */
export function BriefingControl({ deck, suggestedTitle, fingerprint, busy, onChange, onAdd, onPresent, onPdf, onCancelPdf }: Props) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const setSlide = (i: number, change: Partial<BriefingDeck['slides'][number]>) =>
    onChange({ ...deck, slides: deck.slides.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  return (
    <fieldset className="control briefing">
      <legend>Briefing</legend>
      <div className="briefing-add">
        <input
          type="text"
          value={title}
          placeholder={suggestedTitle}
          aria-label="Slide title"
          data-testid="slide-title"
          onChange={(e) => setTitle(e.target.value)}
        />
        <button
          type="button"
          data-testid="add-slide"
          onClick={() => {
            onAdd(title.trim() || suggestedTitle);
            setTitle('');
          }}
        >
          Add to briefing
        </button>
      </div>
      {deck.fingerprint && deck.fingerprint !== fingerprint && deck.slides.length > 0 && (
        <p className="unverified small" data-testid="deck-data-warning">
          This deck was made on different data: its figures will differ.
        </p>
      )}
      <ol className="slides" data-testid="slides">
        {deck.slides.map((s, i) => (
          <li key={s.id}>
            <input type="text" value={s.title} aria-label={`Title of slide ${i + 1}`} onChange={(e) => setSlide(i, { title: e.target.value })} />
            <textarea value={s.notes} aria-label={`Speaker notes of slide ${i + 1}`} placeholder="Speaker notes" onChange={(e) => setSlide(i, { notes: e.target.value })} />
            <div className="slide-buttons">
              <button type="button" aria-label={`Move slide ${i + 1} up`} onClick={() => onChange(moveSlide(deck, i, -1))}>
                ↑
              </button>
              <button type="button" aria-label={`Move slide ${i + 1} down`} onClick={() => onChange(moveSlide(deck, i, 1))}>
                ↓
              </button>
              <button type="button" aria-label={`Delete slide ${i + 1}`} onClick={() => onChange({ ...deck, slides: deck.slides.filter((_, j) => j !== i) })}>
                ✕
              </button>
              <button type="button" onClick={() => onPresent(i)}>
                Present from here
              </button>
            </div>
          </li>
        ))}
      </ol>
      {deck.slides.length > 0 && (
        <div className="group-buttons">
          <button type="button" data-testid="present" onClick={() => onPresent(0)}>
            ▶ Present
          </button>
          <button type="button" data-testid="briefing-pdf" onClick={onPdf} disabled={!!busy}>
            PDF pack
          </button>
          <button type="button" onClick={() => download('harmspot-briefing.json', JSON.stringify({ ...deck, fingerprint }, null, 1), 'application/json')}>
            Save deck
          </button>
        </div>
      )}
      <FilePickButton
        label="Open deck…"
        accept=".json"
        testId="deck-input"
        onFiles={async ([f]) => {
          try {
            onChange(parseDeck(await f.text()));
            setError(null);
          } catch (err) {
            setError(`${f.name}: ${(err as Error).message}`);
          }
        }}
      />
      {busy && (
        <p role="status" className="small">
          {busy}{' '}
          <button type="button" onClick={onCancelPdf} data-testid="briefing-pdf-cancel">
            Cancel
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

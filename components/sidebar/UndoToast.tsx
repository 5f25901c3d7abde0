// "Highlight deleted — Undo": shown for UNDO_SECONDS, or until dismissed (× or Escape).
// It takes focus so Undo is one key away; the countdown waits while the pointer is over
// it or focus is in it (WCAG 2.2.1), and starts again when they leave. Render it inside a
// live region that is already in the page (role="status"), so it is announced.
import { useEffect, useEffectEvent, useRef, useState, type FocusEvent } from 'react';
import { errorText } from './highlight-format';

/** How long the message and its Undo stay, in seconds. */
export const UNDO_SECONDS = 10;

export interface UndoToastProps {
  message: string;
  /** Resolves once undone; the owner then removes the toast. */
  onUndo(): Promise<void>;
  /** Timed out or dismissed. */
  onClose(): void;
}

export function UndoToast({ message, onUndo, onClose }: UndoToastProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focusWithin, setFocusWithin] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timeOut = useEffectEvent(() => onClose());
  const waiting = hovered || focusWithin || undoing || error !== null;

  useEffect(() => {
    undoButton.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (waiting) return;
    const timer = setTimeout(timeOut, UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [waiting]);

  async function undo() {
    if (undoing) return;
    setUndoing(true);
    setError(null);
    try {
      await onUndo();
    } catch (err) {
      setError(`Could not undo: ${errorText(err)}`);
      setUndoing(false);
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
  }

  return (
    <div
      className="pl-toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocusWithin(true)}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="pl-toast__message">
        {message}
        {error && <span className="pl-toast__error">{` ${error}`}</span>}
      </p>
      <div className="pl-toast__actions">
        <button ref={undoButton} type="button" className="pl-button" aria-disabled={undoing} onClick={() => void undo()}>
          {undoing ? 'Undoing…' : 'Undo'}
        </button>
        <button
          type="button"
          className="pl-button pl-button--plain pl-button--icon"
          aria-label="Dismiss message"
          title="Dismiss message"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}

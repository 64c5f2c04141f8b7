/** "Deleted …" with Undo, for a few seconds after a delete. */
import { useEffect } from 'preact/hooks';
import './LibraryToast.css';

interface Props {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
}

const UNDO_MS = 8000;

export function LibraryToast({ message, onUndo, onExpire }: Props) {
  useEffect(() => {
    const timer = window.setTimeout(onExpire, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <div class="lectern-toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A short status message ("Copied") that clears itself. Render it inside an element with
 * role="status" that is always present, so screen readers announce each new message.
 */
export function useFlash(durationMs = 4_000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = (next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(''), durationMs);
  };
  return [message, flash];
}

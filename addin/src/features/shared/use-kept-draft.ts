import { useRef, useState } from 'react';

/**
 * The text of an "add" box: cleared only once the server has it, and only if the person has not
 * typed something new meanwhile; on failure it stays for another try.
 */
export function useKeptDraft(initial = '') {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const change = (next: string) => {
    latest.current = next;
    setValue(next);
  };
  const submit = async (send: (text: string) => Promise<boolean>) => {
    const text = latest.current.trim();
    if (!text) return;
    const sent = latest.current;
    if ((await send(text)) && latest.current === sent) change('');
  };
  return { value, change, submit, empty: !value.trim() };
}

import { useCallback } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * A callback ref that keeps everything inside its element out of the Tab order (tabindex -1),
 * including what a library adds or re-renders later. For a picture hidden from assistive tech
 * (aria-hidden) that still answers the mouse: nothing hidden may be reachable by keyboard.
 */
export function useOutOfTabOrder(): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const untab = () => {
      for (const focusable of element.querySelectorAll(FOCUSABLE))
        if (focusable.getAttribute('tabindex') !== '-1') focusable.setAttribute('tabindex', '-1');
    };
    untab();
    // Only sets what differs, so its own writes settle at once.
    const observer = new MutationObserver(untab);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, []);
}

import type { Page } from 'playwright-core';

/**
 * What a page shows in the pseudo-locale that did not come from the catalogue: every visible text
 * node and every accessible-name attribute (aria-label, title, placeholder, alt) that still holds
 * plain ASCII letters once the pseudo-localised parts (`[…]`) and the allowed data (names, the
 * test's own texts, the browser's own date words) are taken out. Accessible names inside a subtree
 * hidden from assistive tech (aria-hidden, inert) are skipped: nobody hears them.
 */
export async function untranslatedText(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate((data) => {
    // The browser formats dates in its fallback language for the pseudo-locale: those words are Intl's.
    const intlWords: string[] = ['AM', 'PM'];
    for (let month = 0; month < 12; month += 1)
      for (const style of ['long', 'short'] as const)
        intlWords.push(new Date(Date.UTC(2026, month, 1)).toLocaleString('en-US', { month: style, timeZone: 'UTC' }));
    for (let day = 0; day < 7; day += 1)
      for (const style of ['long', 'short'] as const)
        intlWords.push(
          new Date(Date.UTC(2026, 10, 1 + day)).toLocaleString('en-US', { weekday: style, timeZone: 'UTC' }),
        );
    const removable = [...data, ...intlWords].filter(Boolean).sort((a, b) => b.length - a.length);
    const leftover = (text: string) => {
      let rest = text;
      // Pseudo strings are bracketed; arguments inside them (names) are data by construction.
      for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/\[[^[\]]*\]/g, ' ');
      }
      for (const word of removable) rest = rest.split(word).join(' ');
      return /[A-Za-z]/.test(rest) ? text.trim() : undefined;
    };
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const bad = leftover(node.textContent ?? '');
      if (bad) found.add(`text: ${bad}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!(element as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
      // Names inside a subtree hidden from assistive tech are never announced (its text still counts).
      if (element.closest('[aria-hidden="true"], [inert]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        const bad = value ? leftover(value) : undefined;
        if (bad) found.add(`${name}: ${bad}`);
      }
    }
    return [...found];
  }, allowed);
}

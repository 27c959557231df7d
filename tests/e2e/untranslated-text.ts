import type { Page } from 'playwright-core';
import { enUS, type MessageId } from '../../addin/src/i18n/messages.en-US';
import { pseudoLocalize } from '../../addin/src/i18n/pseudo-localize';
import { resolveTimeZone } from '../../shared/scheduling/time-zones';
import { zonePlace } from '../../shared/time';

/**
 * What a page shows in the pseudo-locale that did not come from the catalogue: every visible text
 * node and every accessible-name attribute (aria-label, title, placeholder, alt) that still holds
 * plain ASCII letters once the allowed data (names, the test's own texts, the browser's own date
 * words) is taken out. Accessible names inside a subtree
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
    // Relative times ("5 minutes ago", "in 3 days", "tomorrow") are Intl's words too.
    const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
    for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const)
      for (const value of [-2, -1, 0, 1, 2])
        intlWords.push(
          ...relative
            .format(value, unit)
            .split(/[\s\d]+/)
            .filter((w) => /[A-Za-z]/.test(w)),
        );
    // So are the words Intl joins lists with ("A, B and C").
    intlWords.push(...new Intl.ListFormat('en-US', { type: 'conjunction' }).format(['1', '2']).split(/[\s\d,]+/));
    const removable = [...data, ...intlWords].filter(Boolean).sort((a, b) => b.length - a.length);
    // Pseudo-localised text has no plain ASCII letters at all, so once the data is taken out, any
    // left is English: a hard-coded string, or server wording passed into a message as an argument.
    const leftover = (text: string) => {
      let rest = text;
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

/** Everything a page may show verbatim: the tenant's people and teams (names, mail, initials), and extras. */
export function dataWords(
  users: ReadonlyArray<{
    displayName: string;
    mail?: string | null;
    department?: string | null;
    jobTitle?: string | null;
    timeZone?: string | null;
  }>,
  extra: readonly string[] = [],
): string[] {
  const placeOf = (zone: string | null | undefined) => {
    const iana = zone ? resolveTimeZone(zone) : null;
    return iana ? zonePlace(iana) : undefined;
  };
  // Avatars show a person's initials (first and last name's first letters): data too.
  const initials = (name: string) => {
    const words = name.split(/\s+/).filter(Boolean);
    return `${words[0]?.[0] ?? ''}${words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
  };
  return [
    ...users.flatMap((u) => [
      u.displayName,
      u.displayName.split(/\s+/)[0], // a greeting uses the first name
      u.mail,
      u.department,
      u.jobTitle,
      placeOf(u.timeZone), // places are the time zone database's names
      initials(u.displayName),
    ]),
    ...extra,
    'Peer 1:1s', // the product's name, as in the manifest
  ].filter((w): w is string => typeof w === 'string' && w.length > 0);
}

/** A catalogue message as the pseudo-locale shows it, plain arguments filled in: to find a control by name. */
export function pseudoMessage(id: MessageId, values: Record<string, string> = {}): string {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.split(`{${name}}`).join(value),
    pseudoLocalize(enUS[id]),
  );
}

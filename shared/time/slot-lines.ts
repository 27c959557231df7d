import { formatTimeRange, formatWeekday, toEpoch, zonePlace, type InstantInput } from './format-times';

/** One person seeing a slot: their label ("You", "Omar") and their zone. */
export interface SlotViewer {
  label: string;
  zone: string;
}

/** A slot as one person reads it; the UI composes the parts through its message catalogue. */
export interface SlotLine {
  /** The person's label; absent when everyone shares one zone and one line says it all. */
  label?: string;
  /** "10:15–10:45" in the person's zone. */
  range: string;
  /** "Tue" in the person's zone (it can differ between people near midnight). */
  weekday: string;
  /** The zone's place ("London") for people other than the first viewer; absent otherwise. */
  place?: string;
  /** The parts in the default English layout: "Omar · 18:15–18:45 Tue, London". */
  text: string;
}

/**
 * The per-person lines for a slot. The first viewer is the person looking (shown without a place).
 * One line when every viewer shares a zone; otherwise one labelled line per distinct person.
 */
export function slotLines(
  slot: { start: InstantInput; end: InstantInput },
  viewers: readonly SlotViewer[],
  locale: string,
): SlotLine[] {
  const first = viewers[0];
  if (!first) throw new RangeError('A slot needs at least one viewer');
  const start = toEpoch(slot.start);
  const end = toEpoch(slot.end);
  const oneZone = viewers.every((viewer) => viewer.zone === first.zone);
  const shown = oneZone ? [first] : viewers;
  return shown.map((viewer, index) => {
    const view = { locale, zone: viewer.zone };
    const range = formatTimeRange(start, end, view);
    const weekday = formatWeekday(start, view);
    const label = oneZone ? undefined : viewer.label;
    const place = oneZone || index === 0 ? undefined : zonePlace(viewer.zone);
    const text = `${label ? `${label} · ` : ''}${range} ${weekday}${place ? `, ${place}` : ''}`;
    return { ...(label ? { label } : {}), range, weekday, ...(place ? { place } : {}), text };
  });
}

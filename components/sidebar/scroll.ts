// Scrolls an element into view inside the sidebar's own scrolling body only. The
// browser's scrollIntoView() would also scroll every scrollable ancestor, and from a
// content script that can move the page the user is reading.

/** Marks the element the sidebar scrolls; set on the body below the header. */
export const SCROLL_CONTAINER_ATTRIBUTE = 'data-pl-scroll';

import { type RefObject, useEffect } from 'react';

const MARGIN = 8;

export function scrollIntoViewWithin(element: HTMLElement): void {
  const container = element.closest<HTMLElement>(`[${SCROLL_CONTAINER_ATTRIBUTE}]`);
  if (!container) return;
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const above = target.top - box.top - MARGIN;
  const below = target.bottom - box.bottom + MARGIN;
  // Show the top of the element when it is above, or taller than the visible area.
  if (above < 0 || target.height > box.height - 2 * MARGIN) container.scrollTop += above;
  else if (below > 0) container.scrollTop += below;
}

/** A card picked from the page (its highlight clicked) takes focus and is scrolled into view. */
export function useFocusWhenPicked(ref: RefObject<HTMLElement | null>, picked: boolean): void {
  useEffect(() => {
    const card = ref.current;
    if (!picked || !card) return;
    card.focus({ preventScroll: true });
    scrollIntoViewWithin(card);
  }, [ref, picked]);
}

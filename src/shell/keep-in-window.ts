// Popovers (toolbar menus, the canvas's context menu) stay inside the window: one that would
// open past an edge is shifted back in, and one taller than the room below scrolls.
import { useLayoutEffect, type RefObject } from 'react';

const MARGIN = 8;

/** Shifts `el` (already laid out) so that its box lies inside the window, `MARGIN` px from each edge. */
export function keepInWindow(el: HTMLElement): void {
  el.style.translate = '';
  el.style.maxHeight = '';
  const box = el.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const dx =
    box.right > width - MARGIN
      ? Math.max(width - MARGIN - box.right, MARGIN - box.left)
      : box.left < MARGIN
        ? MARGIN - box.left
        : 0;
  const dy =
    box.bottom > height - MARGIN ? Math.max(height - MARGIN - box.bottom, MARGIN - box.top) : 0;
  if (dx !== 0 || dy !== 0) el.style.translate = `${Math.round(dx)}px ${Math.round(dy)}px`;
  const room = height - 2 * MARGIN;
  if (box.height > room) {
    el.style.maxHeight = `${room}px`;
    el.style.overflowY = 'auto';
  }
}

/** Keeps the element behind `ref` inside the window whenever `key` changes (opened, moved). */
export function useKeepInWindow(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    if (ref.current) keepInWindow(ref.current);
  }, [ref, key]);
}

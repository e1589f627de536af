// Remembers which view and variant were open, so a reload comes back to the same place.
import { useUiStore } from '../store/ui-store';

const KEY = 'spillway.view.v1';

export function restoreView(variantIds: readonly string[]): void {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as {
      view?: string;
      variantId?: string;
    } | null;
    if (!saved) return;
    if (saved.variantId && variantIds.includes(saved.variantId))
      useUiStore.getState().setVariantId(saved.variantId);
    if (saved.view) useUiStore.getState().setView(saved.view);
  } catch {
    // Nothing remembered, or storage disabled: start on the first variant.
  }
}

export function rememberView(): () => void {
  return useUiStore.subscribe((s, prev) => {
    if (s.view === prev.view && s.variantId === prev.variantId) return;
    try {
      localStorage.setItem(KEY, JSON.stringify({ view: s.view, variantId: s.variantId }));
    } catch {
      // Storage full or disabled: not worth bothering the user.
    }
  });
}

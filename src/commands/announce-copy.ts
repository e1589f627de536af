import type { Clip } from '../../models/clipboard/clip-text';
import { showStatus } from '../store/ui-store';

export function announceCopy(clip: Clip): void {
  const n = clip.nodes.length;
  showStatus(`Copied ${n} node${n === 1 ? '' : 's'}.`);
}

// Puts the registry's kind colours into the page once, before the first render, so that
// the stylesheets and every component read `--kind-<kind>`, `--edge-<kind>` and `--kind` from one table.
import { kindStyleSheet } from '../../models/kinds/kind-colours';

export function installKindStyle(doc: Document = document): void {
  if (doc.getElementById('kind-colours')) return;
  const style = doc.createElement('style');
  style.id = 'kind-colours';
  style.textContent = kindStyleSheet();
  doc.head.prepend(style);
}

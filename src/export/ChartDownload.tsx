// A small "Download" menu on a chart: SVG or PNG of the chart as it is drawn, in the current theme.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { showStatus } from '../store/ui-store';
import { useProjectStore } from '../store/project-store';
import { exportChart } from './export-chart';
import type { ImageFormat } from './image-format';
import './export.css';

const FORMATS: readonly { format: ImageFormat; label: string }[] = [
  { format: 'svg', label: 'SVG (vector)' },
  { format: 'png', label: 'PNG (image, 2×)' },
];

/** Place inside the chart's container; the first SVG in the nearest `.chart` (or parent) is exported. */
export function ChartDownload({ title }: { title: string }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const projectName = useProjectStore((s) => s.project.name);
  // Compare shows each variant's charts in a column marked data-variant: name the variant too.
  const [variantId, setVariantId] = useState<string | null>(null);
  useLayoutEffect(() => {
    setVariantId(wrap.current?.closest('[data-variant]')?.getAttribute('data-variant') ?? null);
  }, []);
  const variantName = useProjectStore(
    (s) => s.project.variants.find((v) => v.id === variantId)?.name,
  );
  const variant = variantId && variantName ? { id: variantId, name: variantName } : undefined;
  const label = variant ? `${title} chart (${variant.name})` : `${title} chart`;

  useEffect(() => {
    if (!open) return;
    wrap.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const away = (e: PointerEvent): void => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!open) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(wrap.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  const download = async (format: ImageFormat): Promise<void> => {
    setOpen(false);
    const figure = wrap.current?.closest('.chart') ?? wrap.current?.parentElement;
    if (!figure) return;
    try {
      await exportChart(figure, title, projectName, format, variant);
    } catch (e) {
      showStatus(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <div className="chart-download" ref={wrap} onKeyDown={onKeyDown} data-export-ignore="">
      <button
        ref={button}
        type="button"
        className="chart-download-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Download ${label}`}
        title="Download this chart as SVG or PNG"
        onClick={() => setOpen((o) => !o)}
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M12 4v11m-5-5 5 5 5-5M5 20h14" />
        </svg>
      </button>
      {open && (
        <div className="chart-download-menu" role="menu" aria-label={`Download ${label}`}>
          {FORMATS.map((f) => (
            <button
              key={f.format}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => void download(f.format)}
            >
              {f.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

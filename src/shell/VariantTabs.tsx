// Tabs for the variants (As-is, To-be, ...): switch, rename (double-click or the ✎ button), and
// the registry's variant commands (duplicate, delete).
import { useState, type KeyboardEvent } from 'react';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { CommandButtons } from './CommandButtons';

export function VariantTabs() {
  const variants = useProjectStore((s) => s.project.variants);
  const current = useUiStore((s) => s.variantId) ?? variants[0]?.id;
  const setVariantId = useUiStore((s) => s.setVariantId);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');

  const rename = (id: string) => {
    const name = draft.trim();
    if (name)
      useProjectStore.getState().updateVariant(id, (v) => (v.name === name ? v : { ...v, name }));
    setEditing(null);
  };
  const onTabKey = (e: KeyboardEvent, index: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next =
      variants[(index + (e.key === 'ArrowRight' ? 1 : variants.length - 1)) % variants.length]!;
    setVariantId(next.id);
    document.getElementById(`variant-tab-${next.id}`)?.focus();
  };

  return (
    <div className="variant-bar">
      <div role="tablist" aria-label="Variants" className="variant-tabs">
        {variants.map((v, i) =>
          editing === v.id ? (
            <input
              key={v.id}
              className="input tab-input"
              aria-label={`Rename variant ${v.name}`}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => rename(v.id)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') rename(v.id);
                if (e.key === 'Escape') setEditing(null);
              }}
            />
          ) : (
            <button
              key={v.id}
              id={`variant-tab-${v.id}`}
              type="button"
              role="tab"
              aria-selected={v.id === current}
              tabIndex={v.id === current ? 0 : -1}
              className="variant-tab"
              onClick={() => setVariantId(v.id)}
              onDoubleClick={() => {
                setDraft(v.name);
                setEditing(v.id);
              }}
              onKeyDown={(e) => onTabKey(e, i)}
              data-testid={`variant-tab-${v.id}`}
              title={v.name}
            >
              {v.name}
            </button>
          ),
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Rename variant"
        title="Rename this variant (or double-click its tab)"
        onClick={() => {
          const v = variants.find((x) => x.id === current);
          if (!v) return;
          setDraft(v.name);
          setEditing(v.id);
        }}
      >
        ✎
      </button>
      <CommandButtons group="variant" />
    </div>
  );
}

// One step of the roadmap: title (renamable), kind, owner, rationale, changes and checklist,
// with the moves the list offers (drag, up/down, merge with the next, split).
import { useState } from 'react';
import type { RoadmapStep } from '../../models/types';
import { KIND_LABELS } from '../../models/roadmap/roadmap-document';

export interface StepCardProps {
  step: RoadmapStep;
  index: number;
  count: number;
  changes: readonly string[];
  /** What the step did under the simulated scenario, when the roadmap has been simulated. */
  effect?: string;
  onRename: (title: string) => void;
  onOwner: (owner: string) => void;
  onToggle: (itemId: string) => void;
  onMove: (to: number) => void;
  onMergeNext: () => void;
  onSplit: () => void;
  onDragStart: () => void;
  onDrop: () => void;
}

export function StepCard(p: StepCardProps) {
  const [title, setTitle] = useState(p.step.title);
  const [open, setOpen] = useState(false);
  const [over, setOver] = useState(false);
  return (
    <li
      className={`roadmap-step${over ? ' drop-target' : ''}`}
      data-testid={`roadmap-step-${p.index}`}
      data-step-id={p.step.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', p.step.id);
        p.onDragStart();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        p.onDrop();
      }}
    >
      <div className="roadmap-step-head">
        <span className="roadmap-step-num" aria-hidden>
          {p.index + 1}
        </span>
        {/* A one-line text area that wraps and grows (field-sizing), so a long title is read
            whole; Enter commits it, as in a text field. */}
        <textarea
          className="roadmap-step-title"
          aria-label={`Title of step ${p.index + 1}`}
          rows={1}
          value={title}
          onChange={(e) => setTitle(e.target.value.replace(/\n/g, ' '))}
          onBlur={() =>
            title.trim() && title !== p.step.title ? p.onRename(title) : setTitle(p.step.title)
          }
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            e.currentTarget.blur();
          }}
        />
      </div>
      <div className="roadmap-step-tools">
        <span className="roadmap-badge">{KIND_LABELS[p.step.kind]}</span>
        {p.step.recorded && <span className="roadmap-badge">recorded in the editor</span>}
        <button
          type="button"
          onClick={() => p.onMove(p.index - 1)}
          disabled={p.index === 0}
          aria-label={`Move step ${p.index + 1} up`}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => p.onMove(p.index + 1)}
          disabled={p.index === p.count - 1}
          aria-label={`Move step ${p.index + 1} down`}
        >
          ↓
        </button>
        <button type="button" onClick={p.onMergeNext} disabled={p.index === p.count - 1}>
          Merge with next
        </button>
        <button type="button" onClick={p.onSplit} disabled={p.step.changes.length < 2}>
          Split
        </button>
        <label className="roadmap-owner">
          Owner{' '}
          <input
            defaultValue={p.step.owner}
            onBlur={(e) => e.target.value !== p.step.owner && p.onOwner(e.target.value)}
            placeholder="team"
          />
        </label>
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Hide details' : 'Details'}
        </button>
      </div>
      {p.effect && (
        <p className="roadmap-effect" data-testid={`roadmap-effect-${p.index}`}>
          {p.effect}
        </p>
      )}
      {p.step.rationale && <p className="roadmap-rationale">{p.step.rationale}</p>}
      {open && (
        <div className="roadmap-step-details">
          <div>
            <h4>Changes</h4>
            <ul>
              {p.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </div>
          <div>
            <h4>Checklist</h4>
            <ul className="roadmap-checklist">
              {p.step.checklist.map((c) => (
                <li key={c.id}>
                  <label>
                    <input type="checkbox" checked={c.done} onChange={() => p.onToggle(c.id)} />{' '}
                    {c.label}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </li>
  );
}

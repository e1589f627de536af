// A list found by typing, as one accessible control (the command palette, "Connect to…"): a
// combobox input that narrows a listbox. The input keeps the focus throughout and names the chosen
// option with aria-activedescendant; ArrowDown/ArrowUp move the choice (wrapping around), the
// pointer moves it too, Enter or a click takes it. Escape belongs to the enclosing Modal (it
// closes); the input carries data-autofocus so that the Modal focuses it on opening.
import {
  useId,
  useMemo,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

export interface SearchableListProps<T> {
  /** The options for what was typed, in the order shown. Keep it stable (module-level or memoised). */
  search: (query: string) => readonly T[];
  /** Takes an option (Enter or a click). */
  onChoose: (item: T) => void;
  /** A key unique among the options (React's list key). */
  itemKey: (item: T) => string;
  /** What an option shows. */
  renderItem: (item: T) => ReactNode;
  /** The combobox's accessible name ("Search commands"). */
  inputLabel: string;
  /** The listbox's accessible name ("Commands"). */
  listLabel: string;
  placeholder: string;
  /** The status shown when no option is found for the query. */
  emptyText: (query: string) => string;
  /** Prefix of the class names `<prefix>-input`, `-list`, `-option` and `-empty`. */
  classPrefix: string;
  optionTestId: (item: T) => string;
  optionStyle?: (item: T) => CSSProperties;
}

/** The index the choice moves to from `current` for an arrow key among `count` options. */
function moved(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  const step = key === 'ArrowDown' ? 1 : count - 1;
  return (Math.max(current, 0) + step) % count;
}

export function SearchableList<T>(props: SearchableListProps<T>) {
  const { search, onChoose, itemKey, renderItem, classPrefix: prefix } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = useMemo(() => search(query), [search, query]);
  const current = Math.min(active, found.length - 1);
  const choose = (item: T | undefined): void => {
    if (item !== undefined) onChoose(item);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (found.length > 0) setActive(moved(current, e.key, found.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(found[current]);
    }
  };
  const optionId = (i: number): string => `${listId}-${i}`;
  return (
    <>
      <input
        className={`${prefix}-input`}
        type="text"
        role="combobox"
        aria-label={props.inputLabel}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder={props.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        autoComplete="off"
      />
      <ul className={`${prefix}-list`} role="listbox" id={listId} aria-label={props.listLabel}>
        {found.map((item, i) => (
          <li
            key={itemKey(item)}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={`${prefix}-option`}
            style={props.optionStyle?.(item)}
            data-testid={props.optionTestId(item)}
            onPointerMove={() => setActive(i)}
            onClick={() => choose(item)}
          >
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {found.length === 0 && (
        <p className={`${prefix}-empty`} role="status">
          {props.emptyText(query)}
        </p>
      )}
    </>
  );
}

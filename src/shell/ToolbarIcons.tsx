// Icons for toolbar commands (24×24 line icons); commands without one show their label.
const ICONS: Record<string, string> = {
  'history.undo': 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  'history.redo': 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  'edit.duplicate': 'M8 8h12v12H8zM4 16V4h12',
  'edit.delete': 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  'view.autoLayout': 'M3 5h6v4H3zM15 3h6v4h-6zM15 15h6v4h-6zM9 7h3v10h3M12 5h3',
  'view.fit': 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
};

export function ToolbarIcon({ name }: { name: string }) {
  const d = ICONS[name];
  if (!d) return null;
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}

// The header's theme choice: follow the system, or always light, or always dark.
import { setThemeChoice, useThemeChoice, type ThemeChoice } from './theme-choice';

const LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeSelect() {
  const choice = useThemeChoice();
  return (
    <select
      className="theme-select"
      aria-label="Colour theme"
      title="Colour theme: follow the system, or always light or dark"
      value={choice}
      onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {(Object.keys(LABELS) as ThemeChoice[]).map((c) => (
        <option key={c} value={c}>
          {LABELS[c]}
        </option>
      ))}
    </select>
  );
}

// The list of the project's scenarios as a select, named "Scenario" for assistive technology;
// the caller's label around it sets its look (Compare's pickers, the Roadmap's toolbar).
import type { Scenario } from '../../models/types';

export function ScenarioSelect({
  scenarios,
  value,
  onChange,
}: {
  scenarios: readonly Scenario[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label="Scenario">
      {scenarios.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}

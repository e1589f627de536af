// The scenario slide's chart: the offered load and the faults, sized for the screen the slide
// fills (slide-chart-size.ts) like the other slides' charts.
import type { Scenario } from '../../models/types';
import { LoadShapePreview } from '../charts/LoadShapePreview';
import { slideChartTextPx, slidePlotHeight, useSlideScreen } from './slide-chart-size';

export function ScenarioLoadChart({
  scenario,
  nodeName,
}: {
  scenario: Scenario;
  nodeName: (id: string) => string;
}) {
  const screen = useSlideScreen();
  return (
    <LoadShapePreview
      load={scenario.load}
      faults={scenario.faults}
      durationS={scenario.durationS}
      warmupS={scenario.warmupS}
      nodeName={nodeName}
      plotHeight={slidePlotHeight(screen, 0.36, 160)}
      textPx={slideChartTextPx(screen)}
    />
  );
}

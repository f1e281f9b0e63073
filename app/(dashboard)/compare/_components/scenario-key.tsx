// The colour key of /compare: each compared scenario's line swatch, the same in the picker, every
// chart and the table headers.
import { LineSwatch } from '@/app/_components/charts/line-swatch';
import { scenarioColor, scenarioDash } from '@/lib/compare/overlay';

/** A compared scenario as the page shows it. */
export interface CompareScenario {
  id: string;
  name: string;
  isPreset: boolean;
}

/** The line swatch of the scenario at `index`. */
export function ScenarioSwatch({ index }: { index: number }) {
  return <LineSwatch color={scenarioColor(index)} dash={scenarioDash(index)} />;
}

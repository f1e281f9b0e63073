// Pure. The names of the two scenarios on the dashboard, as charts, legends and CSVs show them.

/** The current scenario's name ("(edited)" once changed) and the baseline's ("Baseline: …"). */
export function toScenarioNames(name: string, isEdited: boolean, baselineName: string): { current: string; baseline: string } {
  return { current: isEdited ? `${name} (edited)` : name, baseline: `Baseline: ${baselineName}` };
}

// Pure: re-exports only. The public API of the scenario engine.
export { simulate, toSimulationResult } from './simulate';
export { runEngine, type EngineRun } from './engine';
export { summarize, summaryOptions, type Headlines, type SummaryOptions } from './summarize';
export { presentValue, paybackYear } from './economics';
export { projectExtentMkm2, navigableSeasonDays, extentMkm2, summarizeIceObservations } from './ice';
export { MODEL_VERSION } from './version';
export * from './types';

// Pure constants, no zod: the length limits of a scenario's texts. lib/schemas/scenario.ts builds
// its schemas from them and re-exports them; forms import them for their `maxLength`, so an input
// never accepts more than the schema does. Kept apart so that a client form can read the numbers
// without pulling zod into its first load.

/** Most characters in a scenario name (after trimming). */
export const SCENARIO_NAME_MAX_LENGTH = 120;

/** Most characters in a scenario description (after trimming). */
export const SCENARIO_DESCRIPTION_MAX_LENGTH = 2000;

/** Most scenarios one comparison shows side by side (`/compare?ids=…`, ADR 054). */
export const MAX_COMPARED_SCENARIOS = 4;

// Plain, serialisable props the dashboard pages pass from the server to the client.
import type { Assumptions } from '@/lib/model/types';

/** The scenario a dashboard shows (a preset or a saved scenario). */
export interface DashboardScenario {
  id: string;
  name: string;
  description: string;
  isPreset: boolean;
  /** Version it was read at, for optimistic concurrency on "Save changes". */
  version: number;
  assumptions: Assumptions;
}

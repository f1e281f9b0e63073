// /scenarios: presets (read-only) and saved scenarios; create, open, rename, duplicate, delete,
// and pick 2–4 to compare. The server reads the list; the client keeps it fresh with TanStack Query.
import type { Metadata } from 'next';
import { getDatabase } from '@/lib/services/database';
import { listScenarios } from '@/lib/services/scenarios';
import { CreateScenarioForm } from './_components/create-scenario-form';
import { ScenarioList } from './_components/scenario-list';
import { ScenarioTransfer } from './_components/scenario-transfer';
import styles from './_components/scenarios.module.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Scenarios · Bering Link Scenario Dashboard' };

export default async function ScenariosPage() {
  const { db } = await getDatabase();
  const scenarios = await listScenarios(db);
  return (
    <main className={styles.page} id="main">
      <h1 className={styles.title}>Scenarios</h1>
      <p className={styles.lead}>
        Presets are read-only stories; copy one to change it. Saved scenarios can be renamed, duplicated and deleted. Tick two to four
        scenarios to compare them.
      </p>
      <CreateScenarioForm />
      <ScenarioList initialScenarios={scenarios} />
      <ScenarioTransfer />
    </main>
  );
}

'use client';
// Export every saved scenario to a JSON file, or import such a file (ADR 065). The import posts the
// file to the HTTP API, which checks the editor cookie like the server actions do.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useRefreshScenarios } from './use-refresh-scenarios';
import styles from './scenarios.module.css';

interface ImportAnswer {
  imported: string[];
  skipped: string[];
}

function describeError(body: unknown, status: number): string {
  if (!body || typeof body !== 'object') return `the server answered ${status}`;
  const { error, issues } = body as { error?: unknown; issues?: { path?: unknown; message?: unknown }[] };
  const first = Array.isArray(issues) && issues[0] ? ` (${String(issues[0].path)}: ${String(issues[0].message)})` : '';
  return `${String(error ?? status)}${first}`;
}

async function postImport(file: File): Promise<ImportAnswer> {
  const response = await fetch('/api/scenarios/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new Error(describeError(body, response.status));
  return body as ImportAnswer;
}

/** Export and import buttons for the saved scenarios. */
export function ScenarioTransfer() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const refresh = useRefreshScenarios();
  const importing = useMutation({ mutationFn: postImport, onSuccess: refresh });

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        Back up or move scenarios
      </h2>
      <p>
        <a className={styles.primaryButton} href="/api/scenarios/export" download>
          Export saved scenarios (JSON)
        </a>{' '}
        <label htmlFor={`${id}-file`}>Import a file:</label>{' '}
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={importing.isPending}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) importing.mutate(file, { onSettled: () => input.current && (input.current.value = '') });
          }}
        />
      </p>
      <p role="status" className={styles.status}>
        {importing.isSuccess
          ? `Imported ${importing.data.imported.length} scenario(s)${importing.data.skipped.length > 0 ? `; ${importing.data.skipped.length} already present, left as they were` : ''}.`
          : ''}
      </p>
      {importing.isError ? (
        <p role="alert" className={styles.formError}>
          Nothing was imported: {importing.error.message}.
        </p>
      ) : null}
    </section>
  );
}

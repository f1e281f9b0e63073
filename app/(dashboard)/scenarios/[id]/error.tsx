'use client';
// Unexpected failures (bugs, database down): a plain sentence and a retry, never a stack trace.
export default function ScenarioError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" style={{ maxWidth: 720, margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>Something went wrong</h1>
      <p>The scenario could not be shown. Try again; if it keeps failing, the server log has the details.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}

'use client';
// Unexpected failures on any page (a bug, or the database out of reach): a plain sentence and a
// retry, never a stack trace. The server log has the details under the request id.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" style={{ maxWidth: 720, margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>This page could not be shown</h1>
      <p>
        The server could not answer just now. If the database is being restarted, this passes within seconds: try again. If it keeps
        failing, the server log has the details.
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}

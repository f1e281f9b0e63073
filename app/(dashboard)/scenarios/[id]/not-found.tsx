import Link from 'next/link';

export default function ScenarioNotFound() {
  return (
    <main id="main" style={{ maxWidth: 720, margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>Scenario not found</h1>
      <p>There is no scenario with this id: it may have been deleted.</p>
      <p>
        <Link href="/scenarios">All scenarios</Link> · <Link href="/">Dashboard</Link>
      </p>
    </main>
  );
}

export default function ScenarioLoading() {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: '2rem 1rem' }} aria-busy="true">
      <p>Loading the scenario…</p>
    </main>
  );
}

export function App() {
  return (
    <main>
      <h1>Spillway</h1>
    </main>
  );
}

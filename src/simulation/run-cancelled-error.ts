// What a run ends with when the user cancels it: its workers were terminated, so it has no result.
export class RunCancelledError extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'RunCancelledError';
  }
}

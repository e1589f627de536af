/** A model problem the simulator cannot run (references are normally caught by the validator). */
export class ModelError extends Error {}

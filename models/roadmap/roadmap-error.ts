/** Bad input to the roadmap functions (an unknown variant, a step index out of range): the message says which. */
export class RoadmapError extends Error {
  override name = 'RoadmapError';
}

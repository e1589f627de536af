import type { BrokerKind, StepKind } from '../types';

/** What a step is about, in human names: the input of its title, rationale and checklist. */
export interface StepFacts {
  kind: StepKind;
  /** The calling or publishing service. */
  producer?: string;
  /** The services that receive the work (callees or subscribers). */
  consumers?: string[];
  /** The queue or topic involved. */
  broker?: string;
  brokerKind?: BrokerKind;
  /** The event name of the message, when the model names it. */
  message?: string;
  deadLetter?: string;
  /** A single node or edge the step is about, as a human label. */
  subject?: string;
  /** For change steps: which fields change. */
  fields?: string[];
  /** For the closing step of layout and wording changes: how many nodes and edges it touches. */
  cosmetic?: number;
}

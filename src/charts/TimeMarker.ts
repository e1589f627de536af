// A time span or instant highlighted on every chart of a run: the spike, a fault, the replay cursor.
export interface TimeMarker {
  id: string;
  label: string;
  startS: number;
  /** Equal to startS for an instant. */
  endS: number;
  kind: 'spike' | 'fault' | 'warmup';
}

// `--progress` of a sweep or the advisor: a line on stderr at every tenth of the way, with the
// time left at the pace so far ("sweep: 40 % (24 of 60 runs), about 12 s left"). stdout keeps
// only the answer.
import type { RequestProgress } from './batch-request';

const left = (s: number): string =>
  s < 90 ? `about ${Math.max(1, Math.round(s))} s left` : `about ${Math.round(s / 60)} min left`;

export function progressLines(
  label: string,
  unit: string,
  err: (line: string) => void,
  now: () => number = () => performance.now(),
): RequestProgress {
  const start = now();
  let last = -1;
  return ({ done, planned }) => {
    const tenth = planned > 0 ? Math.min(10, Math.floor((done / planned) * 10)) : 10;
    if (tenth <= last) return;
    last = tenth;
    const elapsedS = (now() - start) / 1000;
    const rest =
      tenth > 0 && tenth < 10
        ? `, ${left((elapsedS * (planned - done)) / Math.max(done, 1e-9))}`
        : '';
    err(`${label}: ${tenth * 10} % (${Math.floor(done)} of ${planned} ${unit})${rest}`);
  };
}

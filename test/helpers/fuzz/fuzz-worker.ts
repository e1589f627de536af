// A child process of the fuzz campaign (scripts/fuzz.ts): runs the cases it is sent, one at a
// time, and answers with each case's result and the process's memory. The parent kills and
// replaces it when a case hangs or the process dies (a crash or an exhausted heap).
import { caseAt } from './fuzz-cases';
import { runCase, type RunOptions } from './run-case';

interface Request {
  seed: number;
  index: number;
  options: RunOptions;
}

process.on('message', (message: Request) => {
  const c = caseAt(message.seed, message.index);
  const before = process.resourceUsage().maxRSS;
  void runCase(c, message.options)
    .catch((e: unknown) => ({
      kind: c.kind,
      label: c.label,
      outcomes: [],
      failures: [`the harness failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`],
      ms: 0,
    }))
    .then((result) => {
      const after = process.resourceUsage().maxRSS;
      process.send?.({
        index: message.index,
        result,
        textChars: c.text.length,
        maxRssMb: Math.round(after / 1024),
        raisedPeakMb: after > before ? Math.round((after - before) / 1024) : 0,
      });
    });
});
process.send?.({ ready: true });

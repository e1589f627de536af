// How many simulator workers a pool may run at once: one per core the browser reports, at least
// two (a browser that reports one core still keeps the page free while a second run waits) and
// at most eight (each worker holds its own copy of the engine and of the project). The debug
// switch `?workers=N` in the page's address (1 to 16) overrides it: the browser tests compare a
// pool of one with a bigger one, and anyone can measure the gain the same way.
export const MIN_WORKERS = 2;
export const MAX_WORKERS = 8;
/** The most the `?workers=` switch accepts. */
export const MAX_WORKERS_SWITCH = 16;

export interface PoolSize {
  size: number;
  /** Why a `?workers=` value was not used, or null. */
  ignored: string | null;
}

/** The pool size for `cores` reported cores and the page address's `search` part. */
export function poolSize(cores: number | undefined, search = ''): PoolSize {
  const reported = Number.isInteger(cores) && cores! > 0 ? cores! : MIN_WORKERS;
  const size = Math.min(MAX_WORKERS, Math.max(MIN_WORKERS, reported));
  const asked = new URLSearchParams(search).get('workers');
  if (asked === null) return { size, ignored: null };
  const n = /^\d+$/.test(asked) ? Number(asked) : Number.NaN;
  if (n >= 1 && n <= MAX_WORKERS_SWITCH) return { size: n, ignored: null };
  return {
    size,
    ignored: `?workers=${asked} ignored: a whole number from 1 to ${MAX_WORKERS_SWITCH} is expected; using ${size}.`,
  };
}

/** The pool size in this page (a refused `?workers=` is reported on the console). */
export function pagePoolSize(): number {
  const { size, ignored } = poolSize(
    typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency,
    typeof location === 'undefined' ? '' : location.search,
  );
  if (ignored) console.warn(ignored);
  return size;
}

// Whether the page is being printed: from the browser's beforeprint/afterprint events (the
// deck renders synchronously before the print snapshot is taken) and from the print media
// query (emulated print media, as a PDF export driven by a test does).
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const query = window.matchMedia('print');
    const onQuery = (): void => setPrinting(query.matches);
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(query.matches);
    query.addEventListener('change', onQuery);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onQuery);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

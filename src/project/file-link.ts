// A short link to a project file hosted anywhere (`#file=<url>`): the static app has no server
// to keep projects, so the link names a file the reader's browser fetches itself (the host must
// allow it: CORS). The project opens read-only until the reader makes a copy.
import { LIMITS } from '../../models/limits';
import { loadProject, type LoadResult } from '../../models/load';

const PREFIX = '#file=';
/** The longest a fetch of the file may take before the link is reported as not answering. */
const FETCH_TIMEOUT_MS = 20_000;

export const isFileHash = (hash: string): boolean => hash.startsWith(PREFIX);

/** The app's address with a link to the file at `fileUrl`. */
export function fileLink(fileUrl: string, base: string = window.location.href): string {
  const url = new URL(base);
  url.hash = `${PREFIX.slice(1)}${encodeURIComponent(fileUrl)}`;
  return url.toString();
}

/** Whether a text is an address a link may name (http or https), with the reason when not. */
export function checkFileUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'not an address: write it in full, starting with https://';
  }
  return url.protocol === 'https:' || url.protocol === 'http:'
    ? null
    : `a link may name an http or https address, not ${url.protocol}`;
}

const broken = (message: string): LoadResult => ({
  ok: false,
  errors: [{ path: '(file link)', message }],
  warnings: [],
});

/** The linked file's address and the project read from it, or null when the hash links none. */
export async function readFileHash(
  hash: string,
  fetchFile: typeof fetch = fetch,
): Promise<{ url: string; result: LoadResult } | null> {
  if (!isFileHash(hash)) return null;
  let url: string;
  try {
    url = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return { url: hash, result: broken('the link is damaged (its address is not well encoded)') };
  }
  const bad = checkFileUrl(url);
  if (bad) return { url, result: broken(`${url}: ${bad}`) };
  try {
    const response = await fetchFile(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok)
      return {
        url,
        result: broken(`${url} answered HTTP ${response.status} ${response.statusText}`.trim()),
      };
    const size = Number(response.headers.get('content-length') ?? 0);
    if (size > LIMITS.textChars * 4)
      return { url, result: broken(`${url} is ${size} bytes, more than a project may hold`) };
    const text = await response.text();
    if (text.length > LIMITS.textChars)
      return {
        url,
        result: broken(
          `${url} holds more than ${LIMITS.textChars} characters, more than a project may hold`,
        ),
      };
    return { url, result: loadProject(text) };
  } catch (e) {
    const why =
      e instanceof DOMException && e.name === 'TimeoutError'
        ? `did not answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : 'could not be fetched (offline, or the host does not allow other sites to read it: CORS)';
    return { url, result: broken(`${url} ${why}`) };
  }
}

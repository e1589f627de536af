const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Trace and span ids as lower-case hex. OTLP/JSON writes them as hex, but exporters that
 * follow the generic protobuf JSON mapping write base64: a 16- or 32-hex-digit string is
 * hex; a string of base64 length for 8 or 16 bytes (12 or 24 characters) is decoded.
 * Jaeger and Zipkin ids are hex already (Zipkin may drop leading zeros; those are restored
 * by padding to an even length so that parents and children agree).
 */
export function normalizeId(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  if (HEX.test(raw) && (raw.length === 16 || raw.length === 32)) return raw.toLowerCase();
  if ((raw.length === 12 || raw.length === 24) && BASE64.test(raw)) return base64ToHex(raw);
  if (HEX.test(raw))
    return (raw.length % 2 === 1 ? `0${raw}` : raw).toLowerCase().padStart(16, '0');
  return raw;
}

function base64ToHex(text: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '=') break;
    value = (value << 6) | BASE64_DIGITS.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += ((value >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return out;
}

/** An all-zero id means "no parent" in several exporters. */
export function isNullId(id: string | null): boolean {
  return id === null || /^0+$/.test(id);
}

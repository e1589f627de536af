/**
 * Ziggurat tables (Marsaglia and Tsang's method) for the unit exponential: most samples cost one
 * 32-bit draw, a table lookup and a multiplication, with no logarithm or rejection loop; the rare
 * remainder (about 1 % of draws) takes the exact wedge or tail test, so the distribution is
 * exact, not approximated. (Lognormals use an inverse-transform table instead: distributions.ts.)
 *
 * Each 32-bit draw is split: the low bits pick the layer and the remaining bits give the
 * position within it, so the layer and the value are independent (the original's reuse of the
 * same bits for both is a known weakness).
 */

/** Exponential: 256 layers. */
const E_LAYERS = 256;
const E_R = 7.697117470131487;
const E_V = 3.949659822581572e-3;

/** Exponential: unsigned 24-bit position, x = pos * eW[layer]; accept at once when pos < eK[layer]. */
export const eK = new Int32Array(E_LAYERS);
export const eW = new Float64Array(E_LAYERS);
export const eF = new Float64Array(E_LAYERS);

const E_SCALE = 2 ** 24; // unsigned 24-bit position < 2^24

{
  let d = E_R;
  let t = d;
  const q = E_V / Math.exp(-d);
  eK[0] = Math.floor((d / q) * E_SCALE);
  eK[1] = 0;
  eW[0] = q / E_SCALE;
  eW[E_LAYERS - 1] = d / E_SCALE;
  eF[0] = 1;
  eF[E_LAYERS - 1] = Math.exp(-d);
  for (let i = E_LAYERS - 2; i >= 1; i--) {
    d = -Math.log(E_V / d + Math.exp(-d));
    eK[i + 1] = Math.floor((d / t) * E_SCALE);
    t = d;
    eF[i] = Math.exp(-d);
    eW[i] = d / E_SCALE;
  }
}

/** The source of 32-bit draws and open-interval uniforms (the engine's Rng). */
export interface Bits {
  nextU32(): number;
  uniform(): number;
}

/** The slow path of a unit exponential draw whose first candidate fell outside its box. */
export function exponentialSlow(rng: Bits, pos: number, layer: number): number {
  for (;;) {
    if (layer === 0) return E_R - Math.log(rng.uniform());
    const x = pos * eW[layer];
    if (eF[layer] + rng.uniform() * (eF[layer - 1] - eF[layer]) < Math.exp(-x)) return x;
    const u = rng.nextU32();
    layer = u & (E_LAYERS - 1);
    pos = u >>> 8;
    if (pos < eK[layer]) return pos * eW[layer];
  }
}

/**
 * Ziggurat tables (Marsaglia and Tsang's method) for the standard normal and the unit
 * exponential: most samples cost one 32-bit draw, a table lookup and a multiplication, with no
 * logarithm, square root or rejection loop; the rare remainder (about 1 % of draws) takes the
 * exact wedge or tail test, so the distributions are exact, not approximated.
 *
 * Each 32-bit draw is split: the low bits pick the layer and the remaining bits give the
 * position within it, so the layer and the value are independent (the original's reuse of the
 * same bits for both is a known weakness).
 */

/** Normal: 128 layers; the base layer's right edge and the common layer area. */
const N_LAYERS = 128;
const N_R = 3.442619855899;
const N_V = 9.91256303526217e-3;
/** Exponential: 256 layers. */
const E_LAYERS = 256;
const E_R = 7.697117470131487;
const E_V = 3.949659822581572e-3;

/** Normal: signed 25-bit position, x = pos * nW[layer]; accept at once when |pos| < nK[layer]. */
export const nK = new Int32Array(N_LAYERS);
export const nW = new Float64Array(N_LAYERS);
export const nF = new Float64Array(N_LAYERS);
/** Exponential: unsigned 24-bit position, x = pos * eW[layer]; accept at once when pos < eK[layer]. */
export const eK = new Int32Array(E_LAYERS);
export const eW = new Float64Array(E_LAYERS);
export const eF = new Float64Array(E_LAYERS);

const N_SCALE = 2 ** 24; // |signed 25-bit position| < 2^24
const E_SCALE = 2 ** 24; // unsigned 24-bit position < 2^24

{
  let d = N_R;
  let t = d;
  const q = N_V / Math.exp(-0.5 * d * d);
  nK[0] = Math.floor((d / q) * N_SCALE);
  nK[1] = 0;
  nW[0] = q / N_SCALE;
  nW[N_LAYERS - 1] = d / N_SCALE;
  nF[0] = 1;
  nF[N_LAYERS - 1] = Math.exp(-0.5 * d * d);
  for (let i = N_LAYERS - 2; i >= 1; i--) {
    d = Math.sqrt(-2 * Math.log(N_V / d + Math.exp(-0.5 * d * d)));
    nK[i + 1] = Math.floor((d / t) * N_SCALE);
    t = d;
    nF[i] = Math.exp(-0.5 * d * d);
    nW[i] = d / N_SCALE;
  }
}

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

/** The slow path of a normal draw whose first candidate (pos, layer) fell outside its box. */
export function normalSlow(rng: Bits, pos: number, layer: number): number {
  for (;;) {
    if (layer === 0) {
      // The tail beyond N_R (Marsaglia's exponential-rejection method).
      let x: number;
      let y: number;
      do {
        x = -Math.log(rng.uniform()) / N_R;
        y = -Math.log(rng.uniform());
      } while (y + y < x * x);
      return pos > 0 ? N_R + x : -N_R - x;
    }
    const x = pos * nW[layer];
    if (nF[layer] + rng.uniform() * (nF[layer - 1] - nF[layer]) < Math.exp(-0.5 * x * x)) return x;
    const u = rng.nextU32() | 0;
    layer = u & (N_LAYERS - 1);
    pos = u >> 7;
    if ((pos < 0 ? -pos : pos) < nK[layer]) return pos * nW[layer];
  }
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

/**
 * exp(x) in plain arithmetic, for the engine's lognormal samples: their cell tables and the
 * samples in the tails (distributions.ts).
 *
 * Why not Math.exp: ECMAScript does not require Math.exp to be correctly rounded, so engines
 * may differ in the last bit, while this function gives the same bits in every engine: it uses
 * only +, *, floor and the tables below (correctly rounded literals, exact powers of two). (It
 * was first adopted because it is also faster than the call out of optimised code that
 * Math.exp is, when every lognormal sample took one.)
 *
 * Method (as in fdlibm and musl): x = (64k + j) ln2/64 + r with |r| <= ln2/128, so
 * exp(x) = 2^k * 2^(j/64) * exp(r), exp(r) by its Taylor polynomial to r^5 (the remainder
 * r^6/720 is below 4e-17). Measured against Math.exp by test/unit/simulator/exp.test.ts.
 */

/** 2^(j/64), j = 0..63, correctly rounded. */
const EXP2_FRAC = Float64Array.from([
  1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138,
  1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577, 1.102382583307841,
  1.1143867425958924, 1.1265216186082418, 1.1387886347566916, 1.1511892299529827,
  1.1637248587775775, 1.1763969916502812, 1.189207115002721, 1.202156731452703, 1.215247359980469,
  1.22848053610687, 1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783,
  1.2968395546510096, 1.3109612115247644, 1.3252366431597413, 1.339667524053303, 1.3542555469368927,
  1.3690024229745905, 1.383909881963832, 1.3989796725383112, 1.4142135623730951, 1.42961333839197,
  1.4451808069770467, 1.460917794180647, 1.4768261459394993, 1.4929077282912648, 1.5091644275934228,
  1.5255981507445384, 1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267,
  1.6104903319492543, 1.6280274218573478, 1.645755478153965, 1.6636765803267364, 1.681792830507429,
  1.7001063537185235, 1.718619298122478, 1.7373338352737062, 1.7562521603732995, 1.7753764925265212,
  1.7947090750031072, 1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103,
  1.8945759815869656, 1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
]);

/** 2^i for i = -1100..1099, exact: built by doubling and halving. */
const POW2_OFFSET = 1100;
const POW2 = new Float64Array(2 * POW2_OFFSET);
POW2[POW2_OFFSET] = 1;
for (let i = 1; i < POW2_OFFSET; i++) POW2[POW2_OFFSET + i] = POW2[POW2_OFFSET + i - 1] * 2;
for (let i = 1; i <= POW2_OFFSET; i++) POW2[POW2_OFFSET - i] = POW2[POW2_OFFSET - i + 1] / 2;

const INV_LN2_64 = 64 / Math.LN2;
/** ln2/64 split in two; the high part ends in zero bits, so kf * LN2_64_HI is exact. */
const LN2_64_HI = 6.9314718036912381649e-1 / 64;
const LN2_64_LO = 1.90821492927058770002e-10 / 64;
/** Beyond these, exp overflows to Infinity or underflows to 0. */
const MAX_X = 709.782712893384;
const MIN_X = -745.1332191019412;

export function exp(x: number): number {
  if (x > MAX_X) return Infinity;
  if (x < MIN_X) return 0;
  const kf = Math.floor(x * INV_LN2_64 + 0.5);
  const k = kf | 0;
  const r = x - kf * LN2_64_HI - kf * LN2_64_LO;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  const e = k >> 6;
  if (e > 1020 || e < -1021) {
    // Near overflow, or a subnormal result: scale in two steps so that only the last one rounds.
    const s = e > 0 ? 64 : -64;
    return EXP2_FRAC[k & 63] * p * POW2[e - s + POW2_OFFSET] * POW2[s + POW2_OFFSET];
  }
  return EXP2_FRAC[k & 63] * POW2[e + POW2_OFFSET] * p;
}

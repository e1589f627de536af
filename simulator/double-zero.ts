/**
 * Zero, as a double. V8 stores a number field that is first given a small integer as an integer
 * field; the first fractional value written to it then moves the object to a new hidden class,
 * and optimised code that relied on the old one is thrown away: mid-run, and again when the next
 * run in the process builds its objects. -0 is not a small integer, so a field that starts at
 * DOUBLE_ZERO is a double field from the start. It adds and compares as 0 and prints as 0.
 */
export const DOUBLE_ZERO = -0;

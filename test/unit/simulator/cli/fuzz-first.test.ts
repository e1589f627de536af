// Fuzz cases 0–149 through the command line (the rest of the slice is in fuzz-second.test.ts,
// so the two halves run in parallel).
import { fuzzSlice } from '../../../helpers/fuzz/fuzz-suite';

fuzzSlice(0, 150);

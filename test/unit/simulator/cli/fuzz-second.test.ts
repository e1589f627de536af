// Fuzz cases 150–299 through the command line.
import { fuzzSlice } from '../../../helpers/fuzz/fuzz-suite';

fuzzSlice(150, 300);

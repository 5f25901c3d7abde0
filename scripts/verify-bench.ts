// `npm run bench:verify`: verification's quality rows of `npm run bench` alone (about 10 s, no
// build, no browser), for iterating on lib/verify. VERIFY_IN_SAMPLE=1 leaves out every blind
// figure (the held-back half); VERIFY_MISSES=tuning,unseen-7 lists tuning-pool misses.
import { verifyBench } from '../browser-tests/bench/verify-bench';

await verifyBench();

import { packsBench } from './packs-bench.ts';
await packsBench();

// `npm run occupations`: rewrites lib/capture/occupation-nouns.ts from WordNet (build/wordnet-occupations.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORDNET_DICT, occupationModule } from '../build/wordnet-occupations';

writeFileSync(fileURLToPath(new URL('../lib/capture/occupation-nouns.ts', import.meta.url)), occupationModule(WORDNET_DICT));

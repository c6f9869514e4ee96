// zod/mini keeps the SDK small (about 6 KB gzipped instead of 23 KB for full zod), and `jitless`
// keeps zod from compiling validators with `new Function`, which a strict CSP forbids.
// Import it as a namespace (`import * as z from './zod.js'`) so bundlers tree-shake what is unused.
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';

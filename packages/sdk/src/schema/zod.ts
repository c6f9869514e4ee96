// zod/mini keeps the SDK small (about 6 KB gzipped instead of 23 KB for full zod), and `jitless`
// keeps zod from compiling validators with `new Function`, which a strict CSP forbids.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };

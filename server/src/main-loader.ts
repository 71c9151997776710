// `trust-policy-language-server` (dist/server/main.js): starts the server bundle (dist/server/server.js) through a
// V8 code cache (code-cache.ts), which saves compiling it on every start.
import path from 'node:path';
import { runWithCodeCache } from './code-cache';

runWithCodeCache(path.join(__dirname, 'server.js'), module);

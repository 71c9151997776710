// V8 flags that keep the language server lean; they only work on the node command line (execArgv), not at run time.
//
// Measured over 2,000 edits of a quota-sized policy (bench/memory, peak RSS; an empty node is ~41 MB):
// no flags ~125 MB; a 1 MB young generation (--max-semi-space-size=1) ~95 MB; plus an old generation capped at
// 128 MB ~75 MB; plus optimising compilation on the main thread (no compiler threads and their malloc arenas)
// ~66 MB, at the same edit latency. v8.setFlagsFromString() after start-up was tried and changes nothing (~124 MB):
// the heap and the compiler threads are configured when the isolate is created.
export const SERVER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--max-old-space-size=128', '--no-concurrent-recompilation'];

// Preloaded into the language server by abusive-clients.test.ts (`node --expose-gc --require this`):
// on SIGUSR2 it collects garbage and writes the heap figures to stderr, which the LSP leaves free.
// It changes nothing else in the server.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const m = process.memoryUsage();
  process.stderr.write(`MEMPROBE ${JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers })}\n`);
});

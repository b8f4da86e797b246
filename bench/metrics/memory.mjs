/**
 * The page's memory after two forced full GCs: heap bytes (JavaScript objects plus the DOM's own
 * Oilpan heap, from Runtime.getHeapUsage) and the number of live DOM nodes (Performance.getMetrics).
 */
export async function memoryAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return {
    heapBytes: usage.usedSize + usage.embedderHeapUsedSize,
    domNodes: metrics.find((metric) => metric.name === 'Nodes')?.value ?? null,
  };
}

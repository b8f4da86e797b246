/**
 * The page's memory after two forced full GCs: heap bytes (JavaScript objects plus the DOM's own
 * Oilpan heap, from Runtime.getHeapUsage), the JavaScript part alone, and the live DOM nodes of
 * the renderer (Memory.getDOMCounters: every node of the document, its shadow trees included,
 * and detached nodes still referenced; the same counter as Performance.getMetrics "Nodes").
 */
export async function memoryAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return {
    heapBytes: usage.usedSize + usage.embedderHeapUsedSize,
    jsHeapBytes: usage.usedSize,
    domNodes: nodes,
  };
}

import { contenderById } from './contenders.mjs';

/**
 * The HTML of one benchmark page: N instances of one contender counting to `targetMs`, each in
 * a `.slot` cell of #stage, loaded the way the contender's docs show (styles in <head>, module
 * scripts in <head>, classic scripts at the end of <body> followed by the start-up call).
 */
export function benchPage({ contenderId, n, targetMs }) {
  const contender = contenderById(contenderId);
  const config = { contender: contender.id, n, targetMs, cell: contender.cell, ...contender.pageData?.() };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${contender.id} × ${n}</title>
<script>window.BENCH = ${JSON.stringify(config)};</script>
<script src="/bench/page/probe.js"></script>
<script src="/bench/page/contenders/${contender.id}.js"></script>
${contender.styles.map((href) => `<link rel="stylesheet" href="/${href}">`).join('\n')}
${contender.moduleScripts.map((src) => `<script type="module" src="/${src}"></script>`).join('\n')}
<style>
  body { margin: 4px; font-family: sans-serif; }
  #stage { zoom: var(--zoom); width: var(--stage-width); display: flex; flex-wrap: wrap; align-content: flex-start; }
  .slot { box-sizing: border-box; flex: none; width: var(--cell-width); height: var(--cell-height); overflow: hidden; }
  #far-below { height: 200000px; }
</style>
</head>
<body>
<div id="stage">
${Array.from({ length: n }, (_, index) => `<div class="slot">${contender.slotHtml(targetMs, index)}</div>\n`).join('')}</div>
<div id="far-below"></div>
${contender.classicScripts.map((src) => `<script src="/${src}"></script>`).join('\n')}
<script>bench.mountAll();</script>
</body>
</html>
`;
}

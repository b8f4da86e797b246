import { RELEASES_CELL, contenderById } from './contenders.mjs';

export const LAYOUTS = ['all-on-screen', 'releases'];

/**
 * The HTML of one benchmark page: N instances of one contender counting to `targetMs`, each in
 * a `.slot` cell of #stage, loaded the way the contender's docs show (styles in <head>, module
 * scripts in <head>, classic scripts at the end of <body> followed by the start-up call).
 * `layout` (bench/page/probe.js): "all-on-screen", cells of the contender's natural size zoomed
 * to fit, with 200 000 px of empty page below them (room to scroll them away); or "releases",
 * the page users actually have: boxes of RELEASES_CELL at zoom 1, the page ending with them.
 */
export function benchPage({ contenderId, n, targetMs, layout }) {
  if (!LAYOUTS.includes(layout)) throw new Error(`No layout "${layout}": one of ${LAYOUTS.join(', ')}`);
  const contender = contenderById(contenderId);
  const cell = layout === 'releases' ? RELEASES_CELL : contender.cell;
  const config = { contender: contender.id, n, targetMs, layout, cell, ...contender.pageData?.() };
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
${layout === 'releases' ? '' : '<div id="far-below"></div>\n'}${contender.classicScripts.map((src) => `<script src="/${src}"></script>`).join('\n')}
<script>bench.mountAll();</script>
</body>
</html>
`;
}

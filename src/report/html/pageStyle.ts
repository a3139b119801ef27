/** The report's inline stylesheet: system fonts only (nothing fetched), print-friendly. */
export const PAGE_STYLE = `
:root { color-scheme: light; --text: #1f2328; --muted: #57606a; --rule: #d8dee4; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--text);
  font: 15px/1.55 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 32px 28px 64px; }
h1 { font-size: 28px; line-height: 1.25; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 44px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
.subtitle { margin: 0 0 20px; color: var(--muted); }
.lead { font-size: 16px; max-width: 82ch; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 22px; margin: 12px 0; }
dl.summary dt { font-weight: 600; color: var(--muted); }
dl.summary dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
ol.rounds { margin: 4px 0 0; padding-left: 24px; }
.round-name { font-weight: 600; }
figure.chart { margin: 16px 0 8px; }
.scroll { overflow-x: auto; border: 1px solid var(--rule); border-radius: 6px; background: #fff; }
.scroll svg { display: block; }
svg text { font-family: inherit; }
.tick-label { font-size: 11.5px; fill: #444; }
.axis, .tick { stroke: #57606a; stroke-width: 1; fill: none; }
.grid { stroke: #e6e9ed; stroke-width: 1; }
.zero { stroke: #a0a8b2; stroke-width: 1; }
.axis-title { font-size: 13px; font-weight: 600; fill: #333; }
.legend-title { font-size: 12.5px; font-weight: 600; fill: #333; }
.legend-text { font-size: 12.5px; fill: #333; }
.model-label { font-size: 11px; fill: #1f2328; }
#scatter-figure .model-label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.span { stroke: #8c959f; stroke-width: 1.5; }
.order-range { stroke-width: 3; stroke-linecap: round; opacity: 0.75; }
.order-median { stroke: #1f2328; stroke-width: 1.5; }
.error-bar { fill: none; stroke-width: 1; opacity: 0.75; }
.mark { stroke: #fff; stroke-width: 0.8; }
.gap rect { fill: #eef1f4; }
.gap text { font-size: 12.5px; fill: #57606a; }
.region { opacity: 0.09; }
.region.weak { opacity: 0.08; }
.region.in-between { opacity: 0.16; }
.legend .region { opacity: 0.22; }
.region-caption { font-size: 13px; font-weight: 700; }
.median { stroke: #6e7781; stroke-width: 1; stroke-dasharray: 5 4; }
.median-label { font-size: 10.5px; fill: #57606a; }
.point { stroke: #fff; stroke-width: 1; }
.point.small { stroke: none; opacity: 0.5; }
.point.uncertain { stroke: #1f2328; stroke-width: 1.2; stroke-dasharray: 2 1.5; }
.point.small.uncertain { stroke-width: 0.8; opacity: 0.8; }
.leader { stroke: #8c959f; stroke-width: 0.8; }
.note { margin: 0 0 10px; padding: 6px 12px; background: #fff8e1; border-left: 3px solid #d4a017; }
.not-labelled, .rule { font-size: 13.5px; margin: 8px 0; }
details.intervals { margin-top: 12px; font-size: 13.5px; }
details.intervals summary { cursor: pointer; font-weight: 600; }
figcaption { font-size: 13.5px; color: var(--muted); margin-top: 8px; max-width: 100ch; }
.muted { color: var(--muted); }
.table-scroll { overflow-x: auto; }
.table-scroll.tall { max-height: 640px; overflow-y: auto; border: 1px solid var(--rule); border-radius: 6px; }
table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
table.results { width: 100%; }
th, td { padding: 4px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid #eaeef2; }
th { background: var(--soft); position: sticky; top: 0; font-weight: 600; vertical-align: bottom; }
th.num, td.num { text-align: right; white-space: nowrap; }
td.model { overflow-wrap: anywhere; }
tbody tr:nth-child(even) { background: #fafbfc; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.profile { white-space: nowrap; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
.hash { overflow-wrap: anywhere; }
details.config { margin-top: 12px; }
details.config summary { cursor: pointer; font-weight: 600; }
details.config pre { background: var(--soft); padding: 12px; overflow-x: auto; border-radius: 6px; }
@media print {
  .scroll, .table-scroll.tall { overflow: visible; max-height: none; border: none; }
  th { position: static; }
}
/* The table's search, sort and details rows (tableScript.ts). */
.table-tools { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 8px 0 10px; }
.table-tools label { font-weight: 600; }
#model-search { font: inherit; padding: 4px 8px; min-width: 280px; border: 1px solid #8c959f; border-radius: 6px; }
th button.sort { background: none; border: 0; padding: 0; font: inherit; color: inherit; cursor: pointer; text-align: inherit; }
th button.sort:focus-visible, td.model button.more:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; font-size: 10px; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; font-size: 10px; }
td.model button.more { background: none; border: 0; padding: 0; font: inherit; color: #0b5cad; cursor: pointer;
  text-align: left; overflow-wrap: anywhere; }
td.model button.more::before { content: "\\25B8  "; color: var(--muted); }
td.model button.more[aria-expanded="true"]::before { content: "\\25BE  "; }
tr.details > td { background: #eef3f8; padding: 10px 14px 14px; }
/* The details stay in view at the scroll box's left edge however wide the table is. */
.details-box { position: sticky; left: 14px; max-width: 1100px; }
td.model { min-width: 240px; }
.details-lead { margin: 0 0 8px; font-weight: 600; }
.details-parts { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
table.round-record { font-size: 13px; background: #fff; }
.details-note { font-size: 12.5px; margin: 8px 0 0; max-width: 110ch; }
svg.survival { background: #fff; border: 1px solid var(--rule); border-radius: 4px; }
/* The pairwise heatmap and the slope chart. */
.heat-diagonal { fill: #e6e9ed; }
.heat-value { font-size: 10px; text-anchor: middle; fill: #1f2328; pointer-events: none; }
.heat-value.light { fill: #fff; }
.heat-cell:hover rect { stroke: #1f2328; stroke-width: 1.5; }
.heat-row { text-anchor: end; }
.slope:hover polyline { stroke-width: 3.2; }
.slope:hover text { font-weight: 700; }
.slope-rank { font-size: 10.5px; fill: #57606a; }
/* On screen the script shows tbody.view (a page of matching rows); without it, <noscript> shows all rows. */
tbody.all-rows { display: none; }
.table-more button { font: inherit; padding: 3px 10px; margin-right: 8px; cursor: pointer; }
@media print {
  .table-tools, .table-more { display: none; }
  tbody.all-rows { display: table-row-group; }
  tbody.view { display: none; }
}
`;

/** The report's stylesheet: inline, print-friendly (A4, no cut cards, no dark backgrounds). */
export const REPORT_CSS = `
:root { --ink: #0f172a; --muted: #475569; --line: #e2e8f0; --accent: #1d4ed8; --good: #047857; --bad: #b91c1c; --paper: #ffffff; --panel: #f8fafc; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #eef2f7; }
main { max-width: 1040px; margin: 0 auto; background: var(--paper); padding: 48px 56px 40px; }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 0; }
p { margin: 6px 0 10px; }
.eyebrow { text-transform: uppercase; letter-spacing: .12em; font-size: 12px; color: var(--accent); font-weight: 700; margin: 0 0 8px; }
.lede { color: var(--muted); font-size: 16px; margin: 0 0 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 8px 22px; color: var(--muted); font-size: 13px; margin-top: 14px; }
.meta b { color: var(--ink); font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin-top: 26px; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; background: var(--panel); }
.card .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.card .now { font-size: 22px; font-weight: 700; }
.card .was { font-size: 13px; color: var(--muted); }
.delta { font-weight: 700; font-size: 13px; }
.delta.good { color: var(--good); } .delta.bad { color: var(--bad); } .delta.same { color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(2, 1fr); gap: 10px 24px; }
.capacity-headline { font-size: 17px; font-weight: 700; } .capacity-details { font-size: 13px; color: var(--muted); }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.chart .grid { stroke: var(--line); } .chart .tick { font-size: 10px; fill: var(--muted); }
.chart .chart-title { font-size: 12px; font-weight: 700; fill: var(--ink); } .chart .value { font-size: 11px; font-weight: 700; fill: var(--ink); }
.diagram .node-name { font-size: 12px; font-weight: 600; fill: var(--ink); } .diagram .node-kind { font-size: 10px; fill: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 13px; margin: 12px 0; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.systems { display: grid; grid-template-columns: 1fr; gap: 18px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 10px; padding: 12px; background: var(--paper); }
figcaption { font-weight: 700; font-size: 13px; margin-bottom: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 12px; color: var(--muted); margin: 6px 0 0; }
.legend i { display: inline-block; width: 22px; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 6px; }
.step { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 10px; padding: 16px 18px; margin: 16px 0; break-inside: avoid; page-break-inside: avoid; }
.step header { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.step .num { font-size: 13px; font-weight: 800; color: var(--paper); background: var(--accent); border-radius: 999px; padding: 2px 9px; }
.badge { font-size: 11px; border: 1px solid var(--line); border-radius: 999px; padding: 1px 8px; color: var(--muted); background: var(--panel); }
.step .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; margin-top: 10px; }
.step h4 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 8px 0 4px; }
.step ul { margin: 0; padding-left: 18px; } .step li { margin: 2px 0; }
ul.checklist { list-style: none; padding-left: 0; } ul.checklist li::before { content: "☐ "; color: var(--accent); } ul.checklist li.done::before { content: "☑ "; }
.effect { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; background: var(--panel); border-radius: 8px; padding: 6px 10px; margin-top: 8px; }
.step figure { margin-top: 10px; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; }
@media (max-width: 760px) { main { padding: 24px; } .cards { grid-template-columns: repeat(2, 1fr); } .charts, .step .cols { grid-template-columns: 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: none; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .trajectory .charts, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .steps-intro { break-before: page; page-break-before: always; }
}
`;

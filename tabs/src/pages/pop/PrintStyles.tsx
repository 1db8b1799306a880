/**
 * The plan on paper (@media print): no header, navigation, buttons or editing inputs — the plan as
 * agreed (the print-only goal list in PopPlan), its status and approvals, full width; no
 * passing messages ("Opgeslagen").
 */
const PRINT_CSS = `
@media print {
  header, nav, button, [data-print="hide"], .fui-MessageBar { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  [data-print="only"] { display: block !important; }
  article, [data-testid="goal-progress"] { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export function PrintStyles() {
  return <style data-testid="pop-print-styles">{PRINT_CSS}</style>;
}

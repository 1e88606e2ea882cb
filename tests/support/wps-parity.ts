/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ExcelDouble } from '../doubles/excel-double';

/** Comparing a workbook written through WPS with one written through Office.js. */

type Snapshot = ReturnType<ExcelDouble['snapshot']>;

/** Office.js and WPS describe a rule differently; both come down to kind, bounds and messages. */
function validationRule(v: any) {
  if (v.rule?.Type !== undefined) {
    const r = v.rule;
    return {
      kind: ['any', 'whole', 'decimal'][r.Type],
      ...(r.Type ? { min: Number(r.Formula1), max: Number(r.Formula2) } : {}),
      prompt: { title: r.InputTitle, message: r.InputMessage },
      ...(r.ShowError && r.Type ? { error: { title: r.ErrorTitle, message: r.ErrorMessage } } : {}),
    };
  }
  const bounds = v.rule?.wholeNumber ?? v.rule?.decimal;
  return {
    kind: v.rule?.wholeNumber ? 'whole' : v.rule?.decimal ? 'decimal' : 'any',
    ...(bounds ? { min: Number(bounds.formula1), max: Number(bounds.formula2) } : {}),
    prompt: { title: v.prompt?.title, message: v.prompt?.message },
    ...(v.errorAlert?.showAlert && bounds ? { error: { title: v.errorAlert.title, message: v.errorAlert.message } } : {}),
  };
}

/** What both hosts must agree on. Formatting is written in each host's own terms and compared apart. */
export function comparable(snap: Snapshot) {
  return {
    sheets: snap.sheets.filter((s) => s.visibility !== 'VeryHidden').map((s) => ({
      name: s.name,
      cells: Object.fromEntries(
        Object.entries(s.cells)
          .filter(([, c]) => c.value !== null || c.formula)
          .map(([address, c]) => [address, { value: c.value, formula: c.formula ?? null }]),
      ),
      merges: [...s.merges].sort(),
      validations: Object.fromEntries(Object.entries(s.validations).map(([address, v]) => [address, validationRule(v)])),
      conditionalFormats: s.conditionalFormats.map((f: any) => ({ address: f.address, formula: f.formula, fill: f.fill, fontColor: f.fontColor })),
      locked: Object.entries(s.cells).filter(([, c]) => !c.format.locked).map(([a]) => a),
      fills: Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, c.format.fill ?? null])),
      hiddenColumns: (s as any).hiddenColumns ?? [],
      freeze: s.freeze ?? null,
      protected: s.protection.protected,
    })),
    names: snap.names,
  };
}


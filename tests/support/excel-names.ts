import type { ExcelDouble } from '../doubles/excel-double';

/** What a clerk does in Formulas › Name Manager: the defined names (all, or those listed) deleted. */
export function deleteNames(double: ExcelDouble, only?: string[]): void {
  for (const [key, name] of [...double.names]) {
    if (only && !only.includes(name.name)) continue;
    name.deleted = true;
    double.names.delete(key);
  }
  double.touch();
}

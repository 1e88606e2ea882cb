import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * LibreOffice headless as a real spreadsheet engine. A fresh profile per call, set to recalculate
 * every formula on load: by default LibreOffice trusts the cached results in .xlsx files, which
 * would let a wrong formula pass unnoticed.
 */
export function convertWithLibreOffice(files: string[], format: 'xlsx' | 'pdf' | 'ods', outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  fs.mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 180000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not produce ${out}`);
    return out;
  });
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

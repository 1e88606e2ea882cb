/*
 * A webpack loader for dependencies: a file whose syntax is newer than the pane's target (WPS's
 * embedded Chromium can be years old) is down-levelled by TypeScript's own transpiler; every other
 * file passes through untouched. acorn, told the target's ECMAScript version, decides: it refuses
 * exactly the syntax that version lacks (class static blocks, ?., ??, class fields, catch without a
 * binding, ...). Babel is not part of the stack; this is the same compiler that builds our own code.
 */
const acorn = require('acorn');
const ts = require('typescript');

/** Whether acorn parses the source as a module or a script of that ECMAScript version. */
function parsesAs(source, ecmaVersion) {
  for (const sourceType of ['module', 'script']) {
    try {
      acorn.parse(source, { ecmaVersion, sourceType, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script' });
      return true;
    } catch {
      // try the other source type
    }
  }
  return false;
}

module.exports = function downlevel(source) {
  const { ecmaVersion } = this.getOptions();
  if (parsesAs(source, ecmaVersion)) return source;
  const output = ts.transpileModule(source, {
    fileName: this.resourcePath,
    reportDiagnostics: false,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget[`ES${ecmaVersion}`],
      // import/export, import() and import.meta stay for webpack to resolve (acorn at ES2018 refuses
      // the last two, so a file with them is passed through here too: that changes nothing else).
      module: ts.ModuleKind.ESNext,
      // A file is a module only if it imports or exports: a CommonJS file must not gain `export {}`.
      moduleDetection: ts.ModuleDetectionKind.Legacy,
      // Class fields keep the semantics the library was written for (define, not assign).
      useDefineForClassFields: true,
      // Helpers (private members, ...) are inlined per file: a CommonJS file cannot import tslib.
      importHelpers: false,
      sourceMap: false,
    },
  });
  return output.outputText;
};

#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build:cli` (run by `prepare` on npm ci).
'use strict';
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('nianbao：命令行尚未编译，请先运行 npm run build:cli\n');
    process.exit(2);
  }
  throw err;
}
cli.run(process.argv.slice(2)).then((code) => { process.exitCode = code; });

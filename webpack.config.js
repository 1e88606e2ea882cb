/* Task pane build: dist/web. The CLI is compiled separately by tsc (tsconfig.cli.json) into dist/. */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

// The pane's scripts are built for ES2018 (Chromium 64's syntax): WPS 表格 shows the pane in the
// Chromium its build embeds, often years old on government desktops. Our code is compiled to it, and
// so is every dependency file with newer syntax (tabster's class static blocks, ?. and ??, pdf.js's
// private methods, ...). tests/manifest/browser-support.test.ts measures the result against
// office-loader.js's MIN_CHROMIUM.
const ECMA_VERSION = 2018;

module.exports = async (_env, argv) => {
  const development = argv.mode === 'development';
  const serving = process.env.WEBPACK_SERVE === 'true';
  return {
    // webpack's runtime, and terser when it minifies, must not write newer syntax than the target
    // either (terser turns `a == null ? void 0 : a.b` back into `a?.b` when told ES2020).
    target: ['web', `es${ECMA_VERSION}`],
    devtool: development ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      // Excel on Mac and iPad save the .docx through this page, opened in the system browser.
      download: './src/taskpane/download.ts',
      // The 政务公开办's page: many agencies' files checked and summed in the browser, no server.
      bureau: './src/bureau/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking runs separately (npm run typecheck); the build only transpiles.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target: `ES${ECMA_VERSION}` } } },
        },
        {
          // Dependencies ship untranspiled modern syntax: only files newer than the target are rewritten.
          test: /\.[cm]?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: { loader: path.resolve(__dirname, 'webpack.downlevel.js'), options: { ecmaVersion: ECMA_VERSION } },
        },
        {
          // The core and the Office.js adapter only declare things (no module-level side effects),
          // so modules the task pane does not use at start (rules, importer, sample) can stay in
          // lazy chunks. A module imported only for its side effects must not live under these paths.
          test: /[\\/]src[\\/](core|excel)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      // The .xlsx reader inflates small parts with Node's zlib when it has it; in the browser (the
      // 政务公开办 page) it has none, and pako inflates them in steps (src/zip/package.ts).
      new webpack.NormalModuleReplacementPlugin(/^node:zlib$/, path.resolve(__dirname, 'src/bureau/no-zlib.ts')),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'download.html', template: './src/taskpane/download.html', chunks: ['download'] }),
      new HtmlWebpackPlugin({ filename: 'bureau.html', template: './src/bureau/bureau.html', chunks: ['bureau'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // Loads office.js unless the pane runs in WPS 表格 (taskpane.html's first script; plain ES5).
          { from: 'src/taskpane/office-loader.js', to: 'office-loader.js' },
          // pdf.js's character maps, for PDFs whose CJK fonts have no ToUnicode table: served by us, for offline use.
          { from: 'node_modules/pdfjs-dist/cmaps', to: 'pdfjs/cmaps' },
        ],
      }),
    ],
    optimization: {
      // Initial chunks: vendor (React, Fluent UI) + taskpane. Lazy features (校验, the conflict
      // dialog, later Word generation) are import()ed and get chunks of their own, vendor code included.
      // The 政务公开办 page keeps its own vendor code (more of Fluent UI), so the pane loads no more than it needs.
      splitChunks: {
        chunks: 'all',
        cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: (chunk) => chunk.canBeInitial() && chunk.name !== 'bureau' } },
      },
    },
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          // Office requires https; office-addin-dev-certs installs a trusted localhost certificate.
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
          // Everything is served from the in-memory build (assets included), never a stale dist/web.
          static: false,
        }
      : undefined,
  };
};

/**
 * What `node:zlib` is in the browser build (webpack.config.js replaces it with this module): no
 * native inflater, so the .xlsx reader's package check lets pako inflate (src/zip/package.ts).
 */
export const inflateRawSync: undefined = undefined;

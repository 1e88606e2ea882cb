/**
 * Layers that start LibreOffice, Chromium or the compiled CLI as child processes need more than the
 * default 10 s per test; every other layer keeps the low default so that a slow test shows.
 */
jest.setTimeout(120000);

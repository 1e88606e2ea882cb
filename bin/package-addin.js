#!/usr/bin/env node
/*
 * npm run package -- --url https://host/path/ [--offline] [--no-build] [--out dir]
 *
 * Writes dist/package/ and dist/nianbao-package.zip (or <dir>/ and <dir>.zip), for an administrator
 * to copy to any static web server at that URL: the built task pane, manifest.xml pointing at the
 * URL, and the WPS 加载项 (wps/ribbon.xml, index.html, main.js, the publish-mode install page
 * wps/publish.html, and jsplugins.xml) pointing at the same URL. With --offline, office.js is served
 * from the same place too (from the @microsoft/office-js package), so the pane refers to no other
 * host; in WPS office.js is never loaded at all (src/taskpane/office-loader.js).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const JSZip = require('jszip');

const ROOT = path.join(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/**
 * What office.js loads in Excel: its scripts for each Excel host, its helpers (telemetry, error UI,
 * sign-in) and the strings of the UI language (Chinese, English as the fallback). Left out: the
 * debug builds, the other Office applications' scripts and the other languages.
 */
function officeFileWanted(name) {
  if (/\.debug\.js$|\.d\.ts$|vsdoc/.test(name)) return false;
  const [top, ...rest] = name.split('/');
  if (rest.length === 0) return !/^(access|onenote|outlook|powerpoint|project|visio|word)/i.test(top);
  return ['telemetry', 'ariatelemetry', 'agaveerrorux', 'webauth', 'zh-cn', 'en-us'].includes(top.toLowerCase());
}

function fail(message) {
  process.stderr.write(`npm run package：${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { url: null, offline: false, build: true, out: path.join(ROOT, 'dist/package') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') args.url = argv[++i];
    else if (argv[i] === '--offline') args.offline = true;
    else if (argv[i] === '--no-build') args.build = false;
    else if (argv[i] === '--out' && argv[i + 1]) args.out = path.resolve(argv[++i]);
    else fail(`不认识的参数 ${argv[i]}。用法：npm run package -- --url https://服务器/路径/ [--offline] [--out 文件夹]`);
  }
  if (!args.url) fail('缺少 --url：加载项将放在哪个网址下，例如 --url https://intranet.example/nianbao/');
  let url;
  try {
    url = new URL(args.url);
  } catch {
    fail(`--url ${args.url} 不是网址。`);
  }
  // Office add-ins load only over https (localhost excepted).
  if (url.protocol !== 'https:') fail(`--url 必须是 https 网址（Office 只从 https 加载加载项），现在是 ${args.url}`);
  if (url.search || url.hash) fail('--url 不能带 ? 或 # 部分。');
  args.url = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return args;
}

function copyTree(from, to, filter = () => true, rel = '') {
  for (const entry of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
    const name = path.posix.join(rel, entry.name);
    if (entry.isDirectory()) copyTree(from, to, filter, name);
    else if (filter(name)) {
      fs.mkdirSync(path.dirname(path.join(to, name)), { recursive: true });
      fs.copyFileSync(path.join(from, name), path.join(to, name));
    }
  }
}

function listFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const web = path.join(ROOT, 'dist/web');
  if (args.build) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (!fs.existsSync(path.join(web, 'taskpane.html'))) fail('没有找到 dist/web/taskpane.html：请先 npm run build。');
  const out = args.out;
  // The folder is replaced: only ever one that holds nothing, or an earlier package.
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'manifest.xml'))) {
    fail(`${out} 不是空文件夹，也不是以前写出的部署包：不覆盖它，请用 --out 指定另一个文件夹。`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  copyTree(web, out, (name) => !name.endsWith('.map'));

  const version = require(path.join(ROOT, 'package.json')).version;
  const atUrl = (text) => text.split(DEV_URL).join(args.url).split('{{BASE_URL}}').join(args.url).split('{{VERSION}}').join(version);
  // The source manifest's opening comment explains development; the packaged one says what it is.
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/, `<!-- 年报助手 ${version}, packaged by npm run package for ${args.url} -->`);
  fs.writeFileSync(path.join(out, 'manifest.xml'), atUrl(manifest));
  copyTree(path.join(ROOT, 'wps'), path.join(out, 'wps'), (name) => name !== 'jsplugins.xml');
  for (const name of listFiles(path.join(out, 'wps'))) {
    const file = path.join(out, 'wps', name);
    fs.writeFileSync(file, atUrl(fs.readFileSync(file, 'utf8')));
  }
  // jsplugins.xml sits at the root, where oem.ini's JSPluginsServer points.
  fs.writeFileSync(path.join(out, 'jsplugins.xml'), atUrl(fs.readFileSync(path.join(ROOT, 'wps/jsplugins.xml'), 'utf8')));

  if (args.offline) {
    const officeDist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
    copyTree(officeDist, path.join(out, 'office-js'), officeFileWanted);
    for (const name of listFiles(out).filter((n) => n.endsWith('.html'))) {
      const file = path.join(out, name);
      const html = fs.readFileSync(file, 'utf8')
        .split(OFFICE_CDN).join(`${args.url}office-js/`)
        // The page's security policy names only its own origin then.
        .replace(/ https:\/\/appsforoffice\.microsoft\.com/g, '')
        .replace(/ https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com/g, '');
      fs.writeFileSync(file, html);
    }
  }

  const zip = new JSZip();
  for (const name of listFiles(out)) zip.file(`nianbao/${name}`, fs.readFileSync(path.join(out, name)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }).then((buffer) => {
    const zipFile = out === path.join(ROOT, 'dist/package') ? path.join(ROOT, 'dist/nianbao-package.zip') : `${out}.zip`;
    fs.writeFileSync(zipFile, buffer);
    process.stdout.write(`已写出 ${path.relative(ROOT, out)}/ 和 ${path.relative(ROOT, zipFile)}（${args.url}${args.offline ? '，office.js 一并放在同一处' : ''}）。\n`);
  });
}

main().catch((error) => fail(String(error && error.message ? error.message : error)));

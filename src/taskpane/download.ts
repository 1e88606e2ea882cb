import { decodeFileFromHash, downloadFile } from './output/deliver';

/**
 * The download page Excel on Mac and iPad opens in the system browser (their task panes cannot
 * download). The file travels in the address's fragment, which browsers never send to a server.
 */
const file = decodeFileFromHash(location.hash);
const name = document.getElementById('file')!;
const save = document.getElementById('save') as HTMLButtonElement;
const status = document.getElementById('status')!;

if (!file) {
  name.textContent = '下载链接不完整或已损坏。请回到 Excel，在年报助手中重新点击“下载 Word 文档”。';
  name.className = 'error';
} else {
  name.textContent = `文件：${file.name}（${Math.max(1, Math.round(file.bytes.length / 1024))} KB）`;
  save.hidden = false;
  const start = () => {
    downloadFile(file.bytes, file.name, file.type);
    status.textContent = '已开始下载，请在浏览器的下载列表或“下载”文件夹中查看。';
  };
  save.addEventListener('click', start);
  // Most browsers start it at once; where one asks for a click first, the button is there.
  start();
}

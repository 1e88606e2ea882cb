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
  name.textContent = '下载链接不完整、已损坏，或不是年报助手生成的文件。请回到 Excel，在年报助手中重新点击“下载 Word 文档”。';
  name.className = 'error';
} else {
  name.textContent = `文件：${file.name}（${Math.max(1, Math.round(file.bytes.length / 1024))} KB）`;
  save.textContent = `保存${/^[A-Za-z]/.test(file.label) ? ' ' : ''}${file.label}`;
  save.hidden = false;
  // Only on the clerk's click: an address alone never starts a download.
  save.addEventListener('click', () => {
    downloadFile(file.bytes, file.name, file.type);
    status.textContent = '已开始下载，请在浏览器的下载列表或“下载”文件夹中查看。';
  });
}

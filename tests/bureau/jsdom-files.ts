import { TextDecoder as NodeTextDecoder } from 'util';

/** jsdom 20 has no TextDecoder, and its File no arrayBuffer(): given here as the browser has them. */
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
if (!File.prototype.arrayBuffer) {
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}

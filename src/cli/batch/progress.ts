/**
 * Progress of a batch run on standard error, only when it is a terminal: a pipe or a log file gets
 * nothing (it would fill with carriage returns). The line is redrawn at most ten times a second.
 */
export function progressLine(total: number, enabled: boolean): { tick(): void; end(): void } {
  if (!enabled || total < 2) return { tick: () => undefined, end: () => undefined };
  let done = 0;
  let shown = 0;
  const draw = () => process.stderr.write(`\r已处理 ${done}/${total} 个文件（${Math.floor((done / total) * 100)}%）`);
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - shown >= 100 || done === total) {
        shown = now;
        draw();
      }
    },
    end() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

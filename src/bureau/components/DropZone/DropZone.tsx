import { Button, Caption1, Text, mergeClasses } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { isReadable } from '../../read-file';
import { useDropZoneStyles } from './DropZone.styles';

export interface DropZoneProps {
  onFiles(files: File[]): void;
}

/** Where the files go in: dropped, chosen one by one, or a whole folder. */
export function DropZone({ onFiles }: DropZoneProps) {
  const styles = useDropZoneStyles();
  const [over, setOver] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  /** A folder's other files (images, attachments) are left out; a file given by name is listed even when it cannot be read. */
  const take = (list: FileList | null, fromFolder = false) => {
    // Office lock files (~$…) are Excel's and WPS's, never a report.
    onFiles([...(list ?? [])].filter((f) => !f.name.startsWith('~$') && (!fromFolder || isReadable(f.name))));
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-label="添加文件"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Text size={400} weight="semibold">
        把各单位的年报文件拖到这里
      </Text>
      <Caption1>工作簿（.xlsx）或已发布的年报（PDF、Word .docx、网页 .html、文本 .txt），可一次拖入多个。文件只在本机处理，不会上传。</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => files.current?.click()}>
          选择文件…
        </Button>
        <Button onClick={() => folder.current?.click()}>选择文件夹…</Button>
      </div>
      <input
        ref={files}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.pdf,.docx,.html,.htm,.txt,.md"
        aria-label="选择文件"
        data-testid="file-input"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <input
        ref={folder}
        className={styles.hidden}
        type="file"
        multiple
        aria-label="选择文件夹"
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          take(e.currentTarget.files, true);
          e.currentTarget.value = '';
        }}
      />
    </section>
  );
}

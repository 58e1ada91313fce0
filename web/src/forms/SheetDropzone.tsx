import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Upload } from 'antd';
import { useState } from 'react';
import { readRosterFile } from '../pages/roster-import/rosterFile';

/** What the drop zone says, in the words of the screen that uses it. */
export interface SheetDropzoneTexts {
  /** The call to drop or choose a file, and the hint below it (which files, what happens to them). */
  drop: string;
  hint: string;
  reading: string;
  /** The file is neither a spreadsheet (.xlsx) nor comma-separated text (.csv). */
  unsupported: string;
  /** The file could not be read: its name and the reader's message. */
  unreadable: (file: string, message: string) => string;
}

/**
 * A spreadsheet (.xlsx) or .csv file dropped or chosen, read in the browser into a table of cells: nothing is
 * uploaded. While it is read a spinner, and why it could not be read under the zone. `onChoose` runs as a file is
 * chosen (to forget what the last one gave), `onRead` with the file's name and its table.
 */
export function SheetDropzone({
  texts,
  onChoose,
  onRead,
}: {
  texts: SheetDropzoneTexts;
  onChoose: () => void;
  onRead: (file: string, table: unknown[][]) => void;
}) {
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string>();

  async function read(file: File) {
    onChoose();
    setReadError(undefined);
    setReading(true);
    try {
      onRead(file.name, await readRosterFile(file));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setReadError(text === 'unsupportedFile' ? texts.unsupported : texts.unreadable(file.name, text));
    } finally {
      setReading(false);
    }
  }

  return (
    <>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false; // read here; nothing is uploaded
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{texts.drop}</p>
        <p className="ant-upload-hint">{texts.hint}</p>
      </Upload.Dragger>
      {reading && <Spin description={texts.reading} />}
      {readError && <Alert type="error" showIcon title={readError} />}
    </>
  );
}

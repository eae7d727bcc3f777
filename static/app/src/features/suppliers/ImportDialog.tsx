/**
 * Importing suppliers from CSV: paste the text or choose a file, preview it (the server checks every row), read
 * each refused row's problems, then import. Import stays disabled while any row is refused or the text changed
 * since its preview: the server writes the whole file or nothing, and checks it again.
 */
import { useState, type ChangeEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ImportView } from '@shared/contract/suppliers';
import { invokedBytesOf, LIMITS } from '@shared/limits';
import { call } from '../../api/call';
import { describeError, describeIssue } from '../../api/errors';
import { useI18n, type MessageKey } from '../../app/i18n';
import { bringDialogIntoView } from '../../components/dialog-view';
import { TextAreaField } from '../../components/fields';
import { captionStyle, cell, headerCell, rowBorder, tableStyle } from '../../components/table-style';
import { UserText } from '../../components/UserText';

/** Rows shown at most: the refused ones first, so that a large file's problems are read without scrolling 5,000 rows. */
const SHOWN = 200;

const FIELD_LABEL: Record<string, MessageKey> = {
  name: 'ui.suppliers.name',
  category: 'ui.suppliers.category',
  owner: 'ui.suppliers.owner',
  row: 'ui.suppliers.import.row',
};

function PreviewTable({ preview }: { preview: ImportView }) {
  const { t } = useI18n();
  const refused = preview.rows.filter((r) => r.errors.length > 0);
  const rows = (refused.length > 0 ? refused : preview.rows).slice(0, SHOWN);
  return (
    <Stack space="space.100">
      <p role="status">
        {t('ui.suppliers.import.summary', { rows: preview.rows.length, refused: preview.refused })}
      </p>
      <div
        style={{ overflowX: 'auto', maxHeight: '50vh' }}
        role="region"
        aria-label={t('ui.suppliers.import.previewCaption')}
        tabIndex={0}
      >
        <table style={tableStyle}>
          <caption style={captionStyle}>
            {t(
              refused.length > 0
                ? 'ui.suppliers.import.refusedCaption'
                : 'ui.suppliers.import.previewCaption',
            )}
          </caption>
          <thead>
            <tr style={rowBorder}>
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.import.line')}
              </th>
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.name')}
              </th>
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.category')}
              </th>
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.owner')}
              </th>
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.import.problems')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} style={rowBorder}>
                <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                  {row.line}
                </th>
                <td style={cell}>
                  <UserText>{row.name}</UserText>
                </td>
                <td style={cell}>
                  <UserText>{row.category}</UserText>
                </td>
                <td style={cell}>
                  <UserText>{row.ownerName ?? row.owner}</UserText>
                </td>
                <td style={cell}>
                  {row.errors.length === 0
                    ? t('ui.suppliers.import.fine')
                    : row.errors.map((e) => (
                        <div key={`${e.field}-${e.reason}`}>
                          {t('ui.suppliers.import.problem', {
                            field: t(FIELD_LABEL[e.field] ?? 'ui.suppliers.import.row'),
                            problem: describeIssue(
                              { reason: e.reason, ...(e.params ? { params: e.params } : {}) },
                              t,
                            ),
                          })}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (written: number) => void;
}) {
  const { t } = useI18n();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<{ csv: string; view: ImportView } | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [working, setWorking] = useState(false);

  const run = async (commit: boolean) => {
    // Checked before sending: a payload over the platform's limit would be refused before the app could say why.
    if (invokedBytesOf(csv) > LIMITS.supplierCsvBytes) {
      return setFailure(
        describeError({ code: 'INVALID_PAYLOAD', message: '', reason: 'import.tooLarge' }, t),
      );
    }
    setWorking(true);
    setFailure(undefined);
    const result = await call('suppliers/import', { csv, commit });
    setWorking(false);
    if (!result.ok) return setFailure(describeError(result.error, t));
    if (commit) return onImported(result.data.written);
    setPreview({ csv, view: result.data });
  };
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) setCsv(await file.text());
  };
  const current = preview && preview.csv === csv ? preview.view : undefined;
  const canImport =
    current !== undefined && !current.fileError && current.refused === 0 && current.rows.length > 0;
  return (
    <ModalTransition>
      <ModalDialog
        width="x-large"
        onClose={working ? undefined : onClose}
        onOpenComplete={bringDialogIntoView}
      >
        <ModalHeader>
          <ModalTitle>{t('ui.suppliers.import.title')}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.200">
            <Text>{t('ui.suppliers.import.help')}</Text>
            <Stack space="space.050">
              <label htmlFor="suppliers-import-file">{t('ui.suppliers.import.file')}</label>
              <input
                id="suppliers-import-file"
                type="file"
                accept=".csv,text/csv"
                onChange={(e) => void choose(e)}
              />
            </Stack>
            <TextAreaField
              id="suppliers-import-text"
              label={t('ui.suppliers.import.paste')}
              value={csv}
              onChange={setCsv}
            />
            {failure ? (
              <SectionMessage appearance="error">
                <p role="alert">{failure}</p>
              </SectionMessage>
            ) : null}
            {current?.fileError ? (
              <SectionMessage appearance="error">
                <p role="alert">
                  {describeError(
                    {
                      code: 'INVALID_PAYLOAD',
                      message: '',
                      reason: current.fileError.reason,
                      ...(current.fileError.params ? { params: current.fileError.params } : {}),
                    },
                    t,
                  )}
                </p>
              </SectionMessage>
            ) : null}
            {current && !current.fileError ? <PreviewTable preview={current} /> : null}
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={onClose} isDisabled={working}>
            {t('ui.admin.cancel')}
          </Button>
          <Button onClick={() => void run(false)} isDisabled={working || csv.trim() === ''}>
            {t('ui.suppliers.import.preview')}
          </Button>
          <Button
            appearance="primary"
            onClick={() => void run(true)}
            isDisabled={working || !canImport}
            isLoading={working && canImport}
          >
            {t('ui.suppliers.import.import')}
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}

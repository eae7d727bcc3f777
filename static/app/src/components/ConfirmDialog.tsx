/** A confirmation dialog for consequential actions (open and close a campaign). Focus moves in and returns. */
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/default/button';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Stack } from '@atlaskit/primitives/compiled';
import { useI18n } from '../app/i18n';
import { bringDialogIntoView } from './dialog-view';

export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  appearance = 'warning',
  isWorking,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  appearance?: 'warning' | 'danger';
  isWorking: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <ModalTransition>
      {isOpen ? (
        <ModalDialog
          onClose={isWorking ? undefined : onCancel}
          width="medium"
          onOpenComplete={bringDialogIntoView}
        >
          <ModalHeader>
            <ModalTitle appearance={appearance}>{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <Stack space="space.100">{children}</Stack>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onCancel} isDisabled={isWorking}>
              {t('ui.admin.cancel')}
            </Button>
            <Button appearance={appearance} onClick={onConfirm} isLoading={isWorking}>
              {confirmLabel}
            </Button>
          </ModalFooter>
        </ModalDialog>
      ) : null}
    </ModalTransition>
  );
}

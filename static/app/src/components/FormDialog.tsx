/**
 * A modal form (an action, a date adjustment, a review): a real <form>, so Enter in a field submits, with Cancel
 * and the submit button in the footer. While it saves, it cannot be dismissed (the reply must land somewhere).
 */
import { useId, type FormEvent, type ReactNode } from 'react';
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

export function FormDialog({
  isOpen,
  title,
  submitLabel,
  working,
  onSubmit,
  onCancel,
  children,
  width = 'medium',
}: {
  isOpen: boolean;
  title: string;
  submitLabel: string;
  working: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  width?: 'small' | 'medium' | 'large';
}) {
  const { t } = useI18n();
  const formId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!working) onSubmit();
  };
  return (
    <ModalTransition>
      {isOpen ? (
        <ModalDialog
          onClose={working ? undefined : onCancel}
          width={width}
          // Custom UI frames grow to their content: bring the dialog into the host page's view.
          onOpenComplete={bringDialogIntoView}
        >
          <ModalHeader>
            <ModalTitle>{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <form id={formId} onSubmit={submit} noValidate>
              <Stack space="space.200">{children}</Stack>
            </form>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onCancel} isDisabled={working}>
              {t('ui.admin.cancel')}
            </Button>
            <Button appearance="primary" type="submit" form={formId} isLoading={working}>
              {submitLabel}
            </Button>
          </ModalFooter>
        </ModalDialog>
      ) : null}
    </ModalTransition>
  );
}

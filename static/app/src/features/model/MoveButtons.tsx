/** Up, down and remove for a section or a criterion: buttons, so reordering works from the keyboard. */
import Button from '@atlaskit/button/default/button';
import { Inline } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';

export function MoveButtons({
  idBase,
  what,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: {
  idBase: string;
  what: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  return (
    <Inline space="space.050">
      <Button
        id={`${idBase}-up`}
        spacing="compact"
        isDisabled={isFirst}
        aria-label={t('ui.admin.model.moveUp', { what })}
        onClick={() => onMove(-1)}
      >
        {t('ui.admin.model.up')}
      </Button>
      <Button
        id={`${idBase}-down`}
        spacing="compact"
        isDisabled={isLast}
        aria-label={t('ui.admin.model.moveDown', { what })}
        onClick={() => onMove(1)}
      >
        {t('ui.admin.model.down')}
      </Button>
      {onRemove ? (
        <Button
          spacing="compact"
          appearance="subtle"
          aria-label={t('ui.admin.model.remove', { what })}
          onClick={onRemove}
        >
          {t('ui.admin.model.removeShort')}
        </Button>
      ) : null}
    </Inline>
  );
}

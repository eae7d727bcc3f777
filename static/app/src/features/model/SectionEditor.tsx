/** One section of the model being edited: its title, weight and criteria, each movable and removable. */
import Button from '@atlaskit/button/default/button';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../app/i18n';
import type { FieldErrors } from '../../components/issues';
import { Card } from '../../components/layout';
import { localized } from '../../components/text';
import type { CriterionDraft, SectionDraft } from './model-draft';
import type { DraftAction } from './model-reducer';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { WeightField } from './ModelFields';
import { MoveButtons } from './MoveButtons';
import type { StructureEdits } from './use-model-editor';

interface EditorProps {
  errors: FieldErrors;
  edit: (change: DraftAction) => void;
  structure: StructureEdits;
}

const list = (gap: string) => ({ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap }) as const;

export function SectionEditor({
  section,
  index: i,
  count,
  errors,
  edit,
  structure,
}: EditorProps & { section: SectionDraft; index: number; count: number }) {
  const { t, locale } = useI18n();
  const n = i + 1;
  const headingId = `section-${section.id}-heading`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <Stack space="space.200">
          <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
            <Heading as="h3" size="small" id={headingId}>
              {t('ui.admin.model.section', { n })}
              {section.title['en-US'] || section.title['fr-FR']
                ? ` · ${localized(section.title, locale)}`
                : ''}
            </Heading>
            <MoveButtons
              idBase={`move-section-${section.id}`}
              what={t('ui.admin.model.sectionRef', { n })}
              isFirst={i === 0}
              isLast={i === count - 1}
              onMove={(delta) => structure.moveSection(i, delta)}
              onRemove={count > 1 ? () => structure.removeSection(i) : undefined}
            />
          </Inline>
          <Fieldset legend={t('ui.admin.model.sectionTitle', { n })}>
            <LocalizedTextFields
              base={`sections.${i}.title`}
              idBase={`section-${section.id}-title`}
              value={section.title}
              errors={errors}
              onChange={(title) => edit({ type: 'setSectionTitle', section: i, title })}
            />
          </Fieldset>
          <WeightField
            path={`sections.${i}.weight`}
            id={`section-${section.id}-weight`}
            of={t('ui.admin.model.weightOfSection', { n })}
            value={section.weight}
            errors={errors}
            onChange={(weight) => edit({ type: 'setSectionWeight', section: i, weight })}
          />
          <Heading as="h4" size="xsmall">
            {t('ui.admin.model.criteria')}
          </Heading>
          <ol style={list(token('space.150'))}>
            {section.criteria.map((criterion, j) => (
              <li key={criterion.id}>
                <CriterionEditor
                  criterion={criterion}
                  section={i}
                  index={j}
                  count={section.criteria.length}
                  errors={errors}
                  edit={edit}
                  structure={structure}
                />
              </li>
            ))}
          </ol>
          <Inline>
            <Button id={`add-criterion-${section.id}`} onClick={() => structure.addCriterion(i)}>
              {t('ui.admin.model.addCriterion', { n })}
            </Button>
          </Inline>
        </Stack>
      </section>
    </Card>
  );
}

function CriterionEditor({
  criterion,
  section: i,
  index: j,
  count,
  errors,
  edit,
  structure,
}: EditorProps & { criterion: CriterionDraft; section: number; index: number; count: number }) {
  const { t } = useI18n();
  const ref = `${i + 1}.${j + 1}`;
  return (
    <Box
      padding="space.150"
      backgroundColor="elevation.surface.sunken"
      style={{ borderRadius: token('radius.medium') }}
    >
      <Stack space="space.100">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Text weight="semibold">{t('ui.admin.model.criterion', { n: ref })}</Text>
          <MoveButtons
            idBase={`move-criterion-${criterion.id}`}
            what={t('ui.admin.model.criterionRef', { n: ref })}
            isFirst={j === 0}
            isLast={j === count - 1}
            onMove={(delta) => structure.moveCriterion(i, j, delta)}
            onRemove={count > 1 ? () => structure.removeCriterion(i, j) : undefined}
          />
        </Inline>
        <Fieldset legend={t('ui.admin.model.criterionText', { n: ref })}>
          <LocalizedTextFields
            base={`sections.${i}.criteria.${j}.text`}
            idBase={`criterion-${criterion.id}`}
            value={criterion.text}
            errors={errors}
            multiline
            onChange={(text) => edit({ type: 'setCriterionText', section: i, criterion: j, text })}
          />
        </Fieldset>
        <WeightField
          path={`sections.${i}.criteria.${j}.weight`}
          id={`criterion-${criterion.id}-weight`}
          of={t('ui.admin.model.weightOfCriterion', { n: ref })}
          value={criterion.weight}
          errors={errors}
          onChange={(weight) => edit({ type: 'setCriterionWeight', section: i, criterion: j, weight })}
        />
      </Stack>
    </Box>
  );
}

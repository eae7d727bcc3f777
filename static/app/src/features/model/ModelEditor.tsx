/**
 * The evaluation model as admins edit it: sections and criteria (en-US and fr-FR texts, optional weights, order),
 * saved with `baseVersion`; a model frozen into an opened campaign is never changed in place, saving creates the next
 * version. Reordering is by buttons, so it works from the keyboard: focus stays on the moved item's button and a
 * live region says where the item went. The page is long: Save stays in view (SaveBarArea), and the weight rule is
 * said once at the top.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ModelView } from '@shared/contract/model';
import { useI18n } from '../../app/i18n';
import { FormBanner } from '../../components/FormBanner';
import { FormSection, visuallyHidden } from '../../components/layout';
import { SaveBarArea } from '../../components/SaveBar';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { SectionEditor } from './SectionEditor';
import { useModelEditor } from './use-model-editor';

export function ModelEditor({ initial, onReload }: { initial: ModelView; onReload: () => void }) {
  const { t } = useI18n();
  const { state, dirty, edit, structure, save, discard } = useModelEditor(initial);
  const { view, draft, errors, banner } = state;
  const version = view.model.version;

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="model-heading">
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading as="h2" size="medium" id="model-heading">
            {t('ui.admin.model.heading')}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {t('ui.admin.model.currentVersion', { version })}
          </Text>
        </Stack>
        {view.inUse ? (
          <SectionMessage appearance="information" title={t('ui.admin.model.inUseTitle')} headingLevel="h3">
            <p>{t('ui.admin.model.inUse', { version, next: version + 1 })}</p>
          </SectionMessage>
        ) : null}
        {banner ? <FormBanner banner={banner} onReload={onReload} /> : null}
        <div role="status" aria-live="polite" style={visuallyHidden}>
          {structure.announcement}
        </div>
        <SaveBarArea
          bar={
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={state.saving}>
                {view.inUse
                  ? t('ui.admin.model.saveNewVersion', { next: version + 1 })
                  : t('ui.admin.model.save')}
              </Button>
              <Button appearance="subtle" isDisabled={!dirty} onClick={discard}>
                {t('ui.admin.model.discard')}
              </Button>
            </Inline>
          }
        >
          <Stack space="space.300">
            <FormSection title={t('ui.admin.model.name')} id="model-name">
              <LocalizedTextFields
                base="name"
                idBase="model-name"
                value={draft.name}
                errors={errors}
                onChange={(name) => edit({ type: 'setName', name })}
              />
            </FormSection>
            <Text as="p" color="color.text.subtle">
              {t('ui.admin.model.weightsIntro')}
            </Text>
            <ol
              style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.300') }}
            >
              {draft.sections.map((section, i) => (
                <li key={section.id}>
                  <SectionEditor
                    section={section}
                    index={i}
                    count={draft.sections.length}
                    errors={errors}
                    edit={edit}
                    structure={structure}
                  />
                </li>
              ))}
            </ol>
            <Inline>
              <Button id="add-section" onClick={structure.addSection}>
                {t('ui.admin.model.addSection')}
              </Button>
            </Inline>
          </Stack>
        </SaveBarArea>
      </Stack>
    </form>
  );
}

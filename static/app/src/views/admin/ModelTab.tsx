/**
 * The Evaluation model tab: admins edit sections and criteria (en-US and fr-FR texts, optional weights, order) and
 * save with `baseVersion`; a model frozen into an opened campaign is never changed in place, saving creates the next
 * version. Other roles see the model read-only. Reordering is by buttons, so it works from the keyboard: focus stays
 * on the moved item's button and a live region says where the item went.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ModelView } from '@shared/contract';
import type { AppError } from '@shared/result';
import type { EvaluationModel, LocalizedText } from '../../../../../src/domain/model';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../states';
import { localized } from '../text';
import { useCall } from '../use-call';
import { Card, ConflictMessage, FormSection, IssueList } from './CampaignEditor';
import { TextField } from './fields';
import { visuallyHidden } from './format';
import { mapIssues, type FieldErrors } from './issues';
import {
  LOCALES,
  emptyText,
  freshId,
  modelDraftOf,
  modelFieldPaths,
  modelInputOf,
  move,
  validateModel,
  type CriterionDraft,
  type ModelDraft,
  type SectionDraft,
} from './model-draft';

export function ModelTab({ canEdit }: { canEdit: boolean }) {
  const [reloads, setReloads] = useState(0);
  return <ModelLoader key={reloads} canEdit={canEdit} onReload={() => setReloads((n) => n + 1)} />;
}

function ModelLoader({ canEdit, onReload }: { canEdit: boolean; onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('model/get', {});
  const campaigns = useCall('campaign/list', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.model.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const names = new Map(
    campaigns.state.status === 'ready' ? campaigns.state.data.map((c) => [c.id, c.name] as const) : [],
  );
  return (
    <Stack space="space.400">
      {canEdit ? (
        <ModelEditor initial={state.data} onReload={onReload} />
      ) : (
        <ModelOutline model={state.data.model} />
      )}
      <Versions view={state.data} campaignName={(id) => names.get(id) ?? id} />
    </Stack>
  );
}

type Banner =
  | { kind: 'saved'; version: number }
  | { kind: 'invalid' | 'conflict' }
  | { kind: 'unmatched'; issues: { path: string; message: string }[] }
  | { kind: 'error'; error: AppError };

function ModelEditor({ initial, onReload }: { initial: ModelView; onReload: () => void }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState<ModelDraft>(() => modelDraftOf(initial.model));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string[] | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(modelDraftOf(view.model));
  const edit = (change: (d: ModelDraft) => ModelDraft) => {
    setDraft(change);
    if (banner?.kind === 'saved') setBanner(null);
  };
  const editSection = (i: number, change: (s: SectionDraft) => SectionDraft) =>
    edit((d) => ({ ...d, sections: d.sections.map((s, k) => (k === i ? change(s) : s)) }));
  const editCriterion = (i: number, j: number, change: (c: CriterionDraft) => CriterionDraft) =>
    editSection(i, (s) => ({ ...s, criteria: s.criteria.map((c, k) => (k === j ? change(c) : c)) }));

  const allCriterionIds = (d: ModelDraft) => d.sections.flatMap((s) => s.criteria.map((c) => c.id));

  const moveSection = (i: number, delta: -1 | 1) => {
    const section = draft.sections[i]!;
    const position = i + delta + 1;
    edit((d) => ({ ...d, sections: move(d.sections, i, delta) }));
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    focusNext.current = [`move-section-${section.id}-${same}`, `move-section-${section.id}-${other}`];
    setAnnouncement(t('ui.admin.model.moved', { position, count: draft.sections.length }));
  };
  const moveCriterion = (i: number, j: number, delta: -1 | 1) => {
    const criterion = draft.sections[i]!.criteria[j]!;
    const count = draft.sections[i]!.criteria.length;
    editSection(i, (s) => ({ ...s, criteria: move(s.criteria, j, delta) }));
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    focusNext.current = [`move-criterion-${criterion.id}-${same}`, `move-criterion-${criterion.id}-${other}`];
    setAnnouncement(t('ui.admin.model.moved', { position: j + delta + 1, count }));
  };
  const addSection = () => {
    const id = freshId(
      'section',
      draft.sections.map((s) => s.id),
    );
    const criterionId = freshId('criterion', allCriterionIds(draft));
    edit((d) => ({
      ...d,
      sections: [
        ...d.sections,
        {
          id,
          title: emptyText(),
          weight: '',
          criteria: [{ id: criterionId, text: emptyText(), weight: '' }],
        },
      ],
    }));
    focusNext.current = [`section-${id}-title-en-US`];
  };
  const addCriterion = (i: number) => {
    const id = freshId('criterion', allCriterionIds(draft));
    editSection(i, (s) => ({ ...s, criteria: [...s.criteria, { id, text: emptyText(), weight: '' }] }));
    focusNext.current = [`criterion-${id}-en-US`];
  };
  const removeSection = (i: number) => {
    edit((d) => ({ ...d, sections: d.sections.filter((_, k) => k !== i) }));
    focusNext.current = ['add-section'];
    setAnnouncement(t('ui.admin.model.removedSection', { n: i + 1 }));
  };
  const removeCriterion = (i: number, j: number) => {
    const sectionId = draft.sections[i]!.id;
    editSection(i, (s) => ({ ...s, criteria: s.criteria.filter((_, k) => k !== j) }));
    focusNext.current = [`add-criterion-${sectionId}`];
    setAnnouncement(t('ui.admin.model.removedCriterion', { n: `${i + 1}.${j + 1}` }));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const found = validateModel(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setSaving(true);
    const result = await call('model/save', { model: modelInputOf(draft), baseVersion: view.model.version });
    setSaving(false);
    if (result.ok) {
      setView(result.data);
      setDraft(modelDraftOf(result.data.model));
      setErrors({});
      return setBanner({ kind: 'saved', version: result.data.model.version });
    }
    const error = result.error;
    if (error.code === 'CONFLICT') return setBanner({ kind: 'conflict' });
    if (error.code === 'INVALID_PAYLOAD' && error.issues?.length) {
      const mapped = mapIssues(error, 'model', modelFieldPaths(draft));
      setErrors(mapped.fields);
      return setBanner(
        mapped.unmatched.length ? { kind: 'unmatched', issues: mapped.unmatched } : { kind: 'invalid' },
      );
    }
    setBanner({ kind: 'error', error });
  };

  const version = view.model.version;
  const textFields = (
    base: string,
    idBase: string,
    value: LocalizedText,
    onChange: (v: LocalizedText) => void,
  ) => (
    <Inline space="space.200" shouldWrap>
      {LOCALES.map((lang) => (
        <div key={lang} style={{ flex: '1 1 18rem' }}>
          <TextField
            id={`${idBase}-${lang}`}
            label={t(`ui.admin.model.text.${lang}`)}
            value={value[lang]}
            isRequired
            error={errors[`${base}.${lang}`]}
            onChange={(text) => onChange({ ...value, [lang]: text })}
          />
        </div>
      ))}
    </Inline>
  );
  const weightField = (path: string, id: string, value: string, onChange: (v: string) => void) => (
    <TextField
      id={id}
      label={t('ui.admin.model.weight')}
      helper={t('ui.admin.model.weightHelp')}
      value={value}
      width="small"
      inputMode="decimal"
      error={errors[path]}
      onChange={onChange}
    />
  );

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
        {banner ? (
          <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
            {banner?.kind === 'saved' ? (
              <SectionMessage appearance="success">
                <p role="status">{t('ui.admin.model.saved', { version: banner.version })}</p>
              </SectionMessage>
            ) : banner?.kind === 'invalid' ? (
              <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
                <p>{t('ui.admin.validation.fixFields')}</p>
              </SectionMessage>
            ) : banner?.kind === 'unmatched' ? (
              <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
                <IssueList issues={banner.issues} />
              </SectionMessage>
            ) : banner?.kind === 'conflict' ? (
              <ConflictMessage onReload={onReload} />
            ) : banner?.kind === 'error' ? (
              <ErrorState error={banner.error} />
            ) : null}
          </div>
        ) : null}
        <div role="status" aria-live="polite" style={visuallyHidden}>
          {announcement}
        </div>

        <FormSection title={t('ui.admin.model.name')} id="model-name">
          {textFields('name', 'model-name', draft.name, (name) => edit((d) => ({ ...d, name })))}
        </FormSection>

        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.300') }}>
          {draft.sections.map((section, i) => {
            const n = i + 1;
            const headingId = `section-${section.id}-heading`;
            return (
              <li key={section.id}>
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
                          isLast={i === draft.sections.length - 1}
                          onMove={(delta) => moveSection(i, delta)}
                          onRemove={draft.sections.length > 1 ? () => removeSection(i) : undefined}
                        />
                      </Inline>
                      <Fieldset legend={t('ui.admin.model.sectionTitle', { n })}>
                        {textFields(
                          `sections.${i}.title`,
                          `section-${section.id}-title`,
                          section.title,
                          (title) => editSection(i, (s) => ({ ...s, title })),
                        )}
                      </Fieldset>
                      {weightField(
                        `sections.${i}.weight`,
                        `section-${section.id}-weight`,
                        section.weight,
                        (weight) => editSection(i, (s) => ({ ...s, weight })),
                      )}
                      <Heading as="h4" size="xsmall">
                        {t('ui.admin.model.criteria')}
                      </Heading>
                      <ol
                        style={{
                          listStyle: 'none',
                          margin: 0,
                          padding: 0,
                          display: 'grid',
                          gap: token('space.150'),
                        }}
                      >
                        {section.criteria.map((criterion, j) => {
                          const ref = `${n}.${j + 1}`;
                          return (
                            <li key={criterion.id}>
                              <Box
                                padding="space.150"
                                backgroundColor="elevation.surface.sunken"
                                style={{ borderRadius: token('radius.medium') }}
                              >
                                <Stack space="space.100">
                                  <Inline
                                    spread="space-between"
                                    alignBlock="center"
                                    shouldWrap
                                    space="space.100"
                                  >
                                    <Text weight="semibold">{t('ui.admin.model.criterion', { n: ref })}</Text>
                                    <MoveButtons
                                      idBase={`move-criterion-${criterion.id}`}
                                      what={t('ui.admin.model.criterionRef', { n: ref })}
                                      isFirst={j === 0}
                                      isLast={j === section.criteria.length - 1}
                                      onMove={(delta) => moveCriterion(i, j, delta)}
                                      onRemove={
                                        section.criteria.length > 1 ? () => removeCriterion(i, j) : undefined
                                      }
                                    />
                                  </Inline>
                                  <Fieldset legend={t('ui.admin.model.criterionText', { n: ref })}>
                                    {textFields(
                                      `sections.${i}.criteria.${j}.text`,
                                      `criterion-${criterion.id}`,
                                      criterion.text,
                                      (text) => editCriterion(i, j, (c) => ({ ...c, text })),
                                    )}
                                  </Fieldset>
                                  {weightField(
                                    `sections.${i}.criteria.${j}.weight`,
                                    `criterion-${criterion.id}-weight`,
                                    criterion.weight,
                                    (weight) => editCriterion(i, j, (c) => ({ ...c, weight })),
                                  )}
                                </Stack>
                              </Box>
                            </li>
                          );
                        })}
                      </ol>
                      <Inline>
                        <Button id={`add-criterion-${section.id}`} onClick={() => addCriterion(i)}>
                          {t('ui.admin.model.addCriterion', { n })}
                        </Button>
                      </Inline>
                    </Stack>
                  </section>
                </Card>
              </li>
            );
          })}
        </ol>
        <Inline>
          <Button id="add-section" onClick={addSection}>
            {t('ui.admin.model.addSection')}
          </Button>
        </Inline>
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={saving}>
            {view.inUse
              ? t('ui.admin.model.saveNewVersion', { next: version + 1 })
              : t('ui.admin.model.save')}
          </Button>
          <Button
            appearance="subtle"
            isDisabled={!dirty}
            onClick={() => {
              setDraft(modelDraftOf(view.model));
              setErrors({});
              setBanner(null);
            }}
          >
            {t('ui.admin.model.discard')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

function MoveButtons({
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

function ModelOutline({ model }: { model: EvaluationModel }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.200">
      <Heading as="h2" size="medium">
        {t('ui.admin.model.heading')}
      </Heading>
      <Text as="p" color="color.text.subtle">
        {t('ui.admin.model.readOnly', { name: localized(model.name, locale), version: model.version })}
      </Text>
      {model.sections.map((section) => (
        <Card key={section.id}>
          <Stack space="space.100">
            <Heading as="h3" size="small">
              {localized(section.title, locale)}
              {section.weight !== undefined ? ` (${t('ui.admin.weight', { weight: section.weight })})` : ''}
            </Heading>
            <ol style={{ margin: 0, paddingInlineStart: token('space.300') }}>
              {section.criteria.map((criterion) => (
                <li key={criterion.id}>
                  {localized(criterion.text, locale)}
                  {criterion.weight !== undefined
                    ? ` (${t('ui.admin.weight', { weight: criterion.weight })})`
                    : ''}
                </li>
              ))}
            </ol>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function Versions({ view, campaignName }: { view: ModelView; campaignName: (id: string) => string }) {
  const { t } = useI18n();
  const versions = [...view.versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="model-versions">
      <Stack space="space.150">
        <Heading as="h2" size="small" id="model-versions">
          {t('ui.admin.model.versions')}
        </Heading>
        <ul style={{ margin: 0, paddingInlineStart: token('space.300') }}>
          {versions.map((v) => (
            <li key={v.version}>
              <Text weight={v.version === view.model.version ? 'semibold' : undefined}>
                {t(
                  v.version === view.model.version
                    ? 'ui.admin.model.versionCurrent'
                    : 'ui.admin.model.version',
                  {
                    version: v.version,
                  },
                )}
              </Text>{' '}
              <Text color="color.text.subtle">
                {v.usedBy.length
                  ? t('ui.admin.model.usedBy', { campaigns: v.usedBy.map(campaignName).join(', ') })
                  : t('ui.admin.model.unused')}
              </Text>
            </li>
          ))}
        </ul>
      </Stack>
    </section>
  );
}

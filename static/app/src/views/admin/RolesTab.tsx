/** The Roles tab (admins only): who administers the app, who is in the procurement team, who manages quality. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { Payload, RolesView } from '@shared/contract';
import type { AppError } from '@shared/result';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../states';
import { useCall } from '../use-call';
import { ConflictMessage } from './CampaignEditor';
import { useDirectory } from './directory';
import { mapIssues, type FieldErrors } from './issues';
import { UserPicker } from './UserPicker';

type Roles = Payload<'admin/setRoles'>;
const KEYS = ['admins', 'team', 'quality'] as const;

const idsOf = (view: RolesView): Roles => ({
  admins: view.admins.map((u) => u.accountId),
  team: view.team.map((u) => u.accountId),
  quality: view.quality.map((u) => u.accountId),
});

export function RolesTab() {
  const [reloads, setReloads] = useState(0);
  return <RolesLoader key={reloads} onReload={() => setReloads((n) => n + 1)} />;
}

function RolesLoader({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('admin/getRoles', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.roles.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <RolesForm initial={state.data} onReload={onReload} />;
}

type Banner = { kind: 'saved' | 'invalid' | 'conflict' } | { kind: 'error'; error: AppError };

function RolesForm({ initial, onReload }: { initial: RolesView; onReload: () => void }) {
  const { t } = useI18n();
  const { remember } = useDirectory();
  const [roles, setRoles] = useState<Roles>(() => idsOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    remember([...initial.admins, ...initial.team, ...initial.quality]);
  }, [initial, remember]);
  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (roles.admins.length === 0) {
      setErrors({ admins: t('ui.admin.roles.atLeastOneAdmin') });
      return setBanner({ kind: 'invalid' });
    }
    setErrors({});
    setSaving(true);
    const result = await call('admin/setRoles', roles);
    setSaving(false);
    if (result.ok) {
      remember([...result.data.admins, ...result.data.team, ...result.data.quality]);
      setRoles(idsOf(result.data));
      return setBanner({ kind: 'saved' });
    }
    if (result.error.code === 'CONFLICT') return setBanner({ kind: 'conflict' });
    if (result.error.code === 'INVALID_PAYLOAD' && result.error.issues?.length) {
      setErrors(mapIssues(result.error, '', KEYS).fields);
      return setBanner({ kind: 'invalid' });
    }
    setBanner({ kind: 'error', error: result.error });
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="roles-heading">
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading as="h2" size="medium" id="roles-heading">
            {t('ui.admin.roles.heading')}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {t('ui.admin.roles.description')}
          </Text>
        </Stack>
        {banner ? (
          <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
            {banner?.kind === 'saved' ? (
              <SectionMessage appearance="success">
                <p role="status">{t('ui.admin.roles.saved')}</p>
              </SectionMessage>
            ) : banner?.kind === 'invalid' ? (
              <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
                <p>{t('ui.admin.validation.fixFields')}</p>
              </SectionMessage>
            ) : banner?.kind === 'conflict' ? (
              <ConflictMessage onReload={onReload} />
            ) : banner?.kind === 'error' ? (
              <ErrorState error={banner.error} />
            ) : null}
          </div>
        ) : null}
        {KEYS.map((key) => (
          <UserPicker
            key={key}
            id={`roles-${key}`}
            label={t(`ui.admin.roles.${key}Label`)}
            helper={t(`ui.admin.roles.${key}Help`)}
            value={roles[key]}
            error={errors[key]}
            onChange={(ids) => {
              setRoles((r) => ({ ...r, [key]: ids }));
              if (banner?.kind === 'saved') setBanner(null);
            }}
          />
        ))}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving}>
            {t('ui.admin.roles.save')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/** The Roles tab (admins only): who administers the app, who is in the procurement team, who manages quality. */
import { useEffect, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { InputOf } from '@shared/contract/endpoint';
import type { rolesContract, RolesView } from '@shared/contract/roles';
import { call } from '../../api/call';
import { useCall } from '../../api/use-call';
import { useI18n, type MessageKey } from '../../app/i18n';
import { useDirectory } from '../../components/directory';
import { FormBanner, type Banner } from '../../components/FormBanner';
import { mapIssues, type FieldErrors } from '../../components/issues';
import { ErrorState, Loading } from '../../components/states';
import { UserPicker } from '../../components/UserPicker';

type Roles = InputOf<(typeof rolesContract)['roles/set']>;
const KEYS = ['admins', 'team', 'quality'] as const;

const FIELD_TEXT: Record<(typeof KEYS)[number], { label: MessageKey; help: MessageKey }> = {
  admins: { label: 'ui.admin.roles.adminsLabel', help: 'ui.admin.roles.adminsHelp' },
  team: { label: 'ui.admin.roles.teamLabel', help: 'ui.admin.roles.teamHelp' },
  quality: { label: 'ui.admin.roles.qualityLabel', help: 'ui.admin.roles.qualityHelp' },
};

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
  const { state, retry } = useCall('roles/get', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.roles.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <RolesForm initial={state.data} onReload={onReload} />;
}

/** The roles being edited and their save: at least one admin, checked before anything is sent. */
function useRolesForm(initial: RolesView) {
  const { t } = useI18n();
  const { remember } = useDirectory();
  const [roles, setRoles] = useState<Roles>(() => idsOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    remember([...initial.admins, ...initial.team, ...initial.quality]);
  }, [initial, remember]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (roles.admins.length === 0) {
      setErrors({ admins: t('ui.admin.roles.atLeastOneAdmin') });
      return setBanner({ kind: 'invalid' });
    }
    setErrors({});
    setSaving(true);
    const result = await call('roles/set', roles);
    setSaving(false);
    if (result.ok) {
      remember([...result.data.admins, ...result.data.team, ...result.data.quality]);
      setRoles(idsOf(result.data));
      return setBanner({ kind: 'success', text: t('ui.admin.roles.saved') });
    }
    if (result.error.code === 'CONFLICT') return setBanner({ kind: 'conflict' });
    if (result.error.code === 'INVALID_PAYLOAD' && result.error.issues?.length) {
      setErrors(mapIssues(result.error, '', KEYS, t).fields);
      return setBanner({ kind: 'invalid' });
    }
    setBanner({ kind: 'error', error: result.error });
  };

  const change = (key: (typeof KEYS)[number], ids: string[]) => {
    setRoles((r) => ({ ...r, [key]: ids }));
    if (banner?.kind === 'success') setBanner(null);
  };
  return { roles, errors, banner, saving, save, change };
}

function RolesForm({ initial, onReload }: { initial: RolesView; onReload: () => void }) {
  const { t } = useI18n();
  const form = useRolesForm(initial);
  return (
    <form onSubmit={(e) => void form.save(e)} noValidate aria-labelledby="roles-heading">
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading as="h2" size="medium" id="roles-heading">
            {t('ui.admin.roles.heading')}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {t('ui.admin.roles.description')}
          </Text>
        </Stack>
        {form.banner ? <FormBanner banner={form.banner} onReload={onReload} /> : null}
        {KEYS.map((key) => (
          <UserPicker
            key={key}
            id={`roles-${key}`}
            label={t(FIELD_TEXT[key].label)}
            helper={t(FIELD_TEXT[key].help)}
            value={form.roles[key]}
            error={form.errors[key]}
            onChange={(ids) => form.change(key, ids)}
          />
        ))}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={form.saving}>
            {t('ui.admin.roles.save')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/**
 * User pickers backed by `directory/search` (Confluence's user search, as the caller): several people (`UserPicker`,
 * a list of account ids) or one (`OwnerPicker`). Names come from the shared directory so that stored ids show as
 * people.
 */
import { useState } from 'react';
import { AsyncSelect } from '@atlaskit/select';
import { Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives/compiled';
import { LIMITS } from '@shared/limits';
import { call } from '../api/call';
import { useI18n } from '../app/i18n';
import { useDirectory } from './directory';
import { FieldMessage } from './fields';
import { useMenuEscape } from './menu-escape';

interface Option {
  label: string;
  value: string;
}

/** The search both pickers run: results are remembered in the directory, a refused search is said. */
function useUserSearch() {
  const directory = useDirectory();
  const [searchFailed, setSearchFailed] = useState(false);
  const loadOptions = async (input: string): Promise<Option[]> => {
    const query = input.trim();
    if (query === '') return [];
    const result = await call('directory/search', { query: query.slice(0, LIMITS.userQuery) });
    setSearchFailed(!result.ok);
    if (!result.ok) return [];
    directory.remember(result.data);
    return result.data.map((user) => ({ label: user.displayName, value: user.accountId }));
  };
  return { directory, loadOptions, searchFailed };
}

export function UserPicker({
  id,
  label,
  value,
  onChange,
  isDisabled = false,
  error,
  helper,
}: {
  id: string;
  label: string;
  value: string[];
  onChange: (accountIds: string[]) => void;
  isDisabled?: boolean;
  error?: string;
  helper?: string;
}) {
  const { t } = useI18n();
  const { directory, loadOptions, searchFailed } = useUserSearch();
  const escape = useMenuEscape();

  const selected: Option[] = value.map((accountId) => ({
    value: accountId,
    label: directory.nameOf(accountId) ?? t('ui.admin.users.unknown'),
  }));
  const messageId = `${id}-message`;

  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <AsyncSelect<Option, true>
        {...escape}
        inputId={id}
        isMulti
        cacheOptions
        defaultOptions={false}
        loadOptions={loadOptions}
        value={selected}
        isDisabled={isDisabled}
        isInvalid={Boolean(error)}
        aria-describedby={error || helper || searchFailed ? messageId : undefined}
        placeholder={t('ui.admin.users.placeholder')}
        noOptionsMessage={({ inputValue }) =>
          inputValue.trim() === '' ? t('ui.admin.users.typeToSearch') : t('ui.admin.users.noMatch')
        }
        loadingMessage={() => t('ui.admin.users.searching')}
        onChange={(options) => {
          const users = options.map((o) => ({ accountId: o.value, displayName: o.label }));
          directory.remember(users.filter((u) => directory.nameOf(u.accountId) === undefined));
          onChange(users.map((u) => u.accountId));
        }}
      />
      <FieldMessage
        id={messageId}
        error={error ?? (searchFailed ? t('ui.admin.users.searchFailed') : undefined)}
        helper={helper}
      />
    </Stack>
  );
}

/** One person or none (an action's owner): clearable, so "no owner" is a choice. */
export function OwnerPicker({
  id,
  label,
  value,
  onChange,
  isDisabled = false,
  error,
  helper,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (accountId: string | undefined) => void;
  isDisabled?: boolean;
  error?: string;
  helper?: string;
}) {
  const { t } = useI18n();
  const { directory, loadOptions, searchFailed } = useUserSearch();
  const escape = useMenuEscape();
  const selected: Option | null = value
    ? { value, label: directory.nameOf(value) ?? t('ui.admin.users.unknown') }
    : null;
  const messageId = `${id}-message`;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <AsyncSelect<Option, false>
        {...escape}
        inputId={id}
        isClearable
        cacheOptions
        defaultOptions={false}
        loadOptions={loadOptions}
        value={selected}
        isDisabled={isDisabled}
        isInvalid={Boolean(error)}
        aria-describedby={error || helper || searchFailed ? messageId : undefined}
        placeholder={t('ui.admin.users.placeholder')}
        noOptionsMessage={({ inputValue }) =>
          inputValue.trim() === '' ? t('ui.admin.users.typeToSearch') : t('ui.admin.users.noMatch')
        }
        loadingMessage={() => t('ui.admin.users.searching')}
        onChange={(option) => {
          if (option && directory.nameOf(option.value) === undefined) {
            directory.remember([{ accountId: option.value, displayName: option.label }]);
          }
          onChange(option?.value);
        }}
      />
      <FieldMessage
        id={messageId}
        error={error ?? (searchFailed ? t('ui.admin.users.searchFailed') : undefined)}
        helper={helper}
      />
    </Stack>
  );
}

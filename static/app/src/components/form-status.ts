/**
 * What every editor form tracks besides its draft: field errors, the banner above it and whether it is saving,
 * and the transitions they share. Each editor's reducer hands these actions here and keeps its own.
 */
import type { Banner } from './FormBanner';
import type { FieldErrors } from './issues';

export interface FormStatus {
  errors: FieldErrors;
  banner: Banner | null;
  saving: boolean;
}

export type FormStatusAction =
  | { type: 'validated'; errors: FieldErrors }
  | { type: 'saving'; value: boolean }
  | { type: 'failed'; banner: Banner; errors?: FieldErrors };

export function formStatusReducer<S extends FormStatus>(state: S, action: FormStatusAction): S {
  switch (action.type) {
    case 'validated': {
      const invalid = Object.keys(action.errors).length > 0;
      return { ...state, errors: action.errors, banner: invalid ? { kind: 'invalid' } : state.banner };
    }
    case 'saving':
      return { ...state, saving: action.value };
    case 'failed':
      return { ...state, banner: action.banner, errors: action.errors ?? state.errors };
  }
}

/** A success message describes what was saved: the first change after it makes it stale. */
export const bannerAfterEdit = (banner: Banner | null): Banner | null =>
  banner?.kind === 'success' ? null : banner;

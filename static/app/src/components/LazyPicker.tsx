import { lazy, Suspense } from 'react';
import Spinner from '@atlaskit/spinner';
import type { PickerProps } from './Picker';

const Picker = lazy(() => import('./Picker'));

export function LazyPicker(props: PickerProps) {
  return (
    <Suspense fallback={<Spinner size="small" />}>
      <Picker {...props} />
    </Suspense>
  );
}

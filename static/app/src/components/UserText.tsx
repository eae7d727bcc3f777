/**
 * Text people typed (comments, names of campaigns, departments and people), isolated from the text around it:
 * right-to-left or mixed text cannot reorder the app's own words (the server also strips bidi controls).
 */
import type { ReactNode } from 'react';

export function UserText({ children }: { children: ReactNode }) {
  return <bdi dir="auto">{children}</bdi>;
}

/**
 * Text people typed (comments, names of campaigns, departments and people), isolated from the text around it:
 * right-to-left or mixed text cannot reorder the app's own words (the server also strips bidi controls).
 */
import type { ReactNode } from 'react';
import type { ActionText } from '@domain/plan';
import { useI18n } from '../app/i18n';
import { inReaderLanguage } from './text';

export function UserText({ children, lang }: { children: ReactNode; lang?: string }) {
  return (
    <bdi dir="auto" lang={lang}>
      {children}
    </bdi>
  );
}

/**
 * A text the team gave in one or both languages (an action's title or description), in the reader's language,
 * else in the other one: then marked with its `lang`, so that a screen reader reads it with the right voice.
 */
export function TeamText({ text }: { text: ActionText }) {
  const { locale } = useI18n();
  const shown = inReaderLanguage(text, locale);
  return <UserText lang={shown.lang === locale ? undefined : shown.lang}>{shown.text}</UserText>;
}

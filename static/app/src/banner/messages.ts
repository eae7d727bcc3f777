/**
 * The page banner's words, in ICU MessageFormat, in the bundle itself: the banner renders on every page view and
 * must not fetch the app's translations for four sentences.
 */
import type { Locale } from '@shared/i18n';

export const BANNER_MESSAGES = {
  'en-US': {
    region: 'Procurement CRM: waiting for you',
    survey: '{campaign}: your answer is awaited.',
    daysLeft: '{days, plural, =0 {Last day to answer.} one {# day left.} other {# days left.}}',
    weighing: '{campaign}: the improvement plan awaits your weighing of its candidate actions.',
    weighingDaysLeft: '{days, plural, =0 {Last day to weigh.} one {# day left.} other {# days left.}}',
    remindedBy: '{name} asked you to answer.',
    answer: 'Answer the survey',
    answerNamed: 'Answer the survey {campaign}',
    weigh: 'Weigh the actions',
    weighNamed: 'Weigh the actions: {campaign}',
    dismiss: 'Dismiss for today',
    dismissFailed: 'The banner could not be dismissed. Try again.',
  },
  'fr-FR': {
    region: 'Procurement CRM : en attente de votre part',
    survey: '{campaign} : votre réponse est attendue.',
    daysLeft:
      '{days, plural, =0 {Dernier jour pour répondre.} one {# jour restant.} other {# jours restants.}}',
    weighing: '{campaign} : le plan d’amélioration attend votre pondération de ses actions candidates.',
    weighingDaysLeft:
      '{days, plural, =0 {Dernier jour pour pondérer.} one {# jour restant.} other {# jours restants.}}',
    remindedBy: '{name} vous demande de répondre.',
    answer: 'Répondre à l’enquête',
    answerNamed: 'Répondre à l’enquête {campaign}',
    weigh: 'Pondérer les actions',
    weighNamed: 'Pondérer les actions : {campaign}',
    dismiss: 'Masquer pour aujourd’hui',
    dismissFailed: 'Le bandeau n’a pas pu être masqué. Réessayez.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type BannerMessage = keyof (typeof BANNER_MESSAGES)['en-US'];

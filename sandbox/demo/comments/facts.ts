/**
 * What the comment templates share: a text in both languages, a template (it draws its facts from the answer's
 * random stream, then writes both languages from them), and the facts they draw from.
 */
import type { Rng } from '../../random';

export interface Text {
  en: string;
  fr: string;
}
export type Template = (r: Rng, year: number) => Text;

export interface CriterionComments {
  low: readonly Template[];
  high: readonly Template[];
}

export const order = (r: Rng) => r.int(4100, 4899);
/** A purchase request of the year the survey looks back on (the 2025 survey, in January, is about 2024). */
export const request = (r: Rng, year: number) => `${year - 1}-${String(r.int(120, 980)).padStart(4, '0')}`;

export const pick = (r: Rng, items: readonly Text[]): Text => r.pick(items);

/** French: masculine plurals starting with a consonant, so that every template agrees and needs no elision. */
export const ITEMS: readonly Text[] = [
  { en: 'bearings', fr: 'roulements' },
  { en: 'pressure sensors', fr: 'capteurs de pression' },
  { en: 'safety gloves', fr: 'gants de sécurité' },
  { en: 'hydraulic fittings', fr: 'raccords hydrauliques' },
  { en: 'laptops', fr: 'PC portables' },
  { en: 'stretch film rolls', fr: 'rouleaux de film étirable' },
  { en: 'machined brackets', fr: 'supports usinés' },
  { en: 'toner cartridges', fr: 'toners' },
  { en: 'conveyor belts', fr: 'tapis de convoyeur' },
  { en: 'O-rings', fr: 'joints toriques' },
];
export const MONTHS: readonly Text[] = [
  { en: 'March', fr: 'mars' },
  { en: 'April', fr: 'avril' },
  { en: 'June', fr: 'juin' },
  { en: 'September', fr: 'septembre' },
  { en: 'October', fr: 'octobre' },
  { en: 'November', fr: 'novembre' },
];
export const SERVICES: readonly Text[] = [
  { en: 'calibration', fr: 'l’étalonnage' },
  { en: 'forklift maintenance', fr: 'la maintenance des chariots' },
  { en: 'temporary staff', fr: 'l’intérim' },
  { en: 'translation', fr: 'la traduction' },
  { en: 'waste collection', fr: 'la collecte des déchets' },
];

/**
 * The demo site's other internal customers: enough people for results worth reading (about 60 in six
 * departments), with stable account ids in the personas' shape, numbered from 100 (the personas use 1–31).
 *
 * Names are chosen so that the directory searches the tests make keep finding exactly the persona they look for
 * ("mar" finds Alice Martin only, "moreau" Hugo Moreau only; no other Alice, Bruno or Garcia).
 */
import { demoAccountId, type Persona } from '../person';

export type DemoLanguage = 'en-US' | 'fr-FR';

export interface DemoPerson extends Persona {
  role: 'customer';
  /** The language the person writes their comments in. */
  language: DemoLanguage;
  /** Also listed in the host page's "Viewing as" switcher (every person can be chosen with `?persona=`). */
  inSwitcher?: boolean;
}

/** The first number of the generated people's account ids. */
export const FIRST_DEMO_NUMBER = 100;

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');

type Row = readonly [name: string, language: 'en' | 'fr', switcher?: 'switcher'];

/** By department (English name, as personas carry it), in the order the ids are handed out. */
const PEOPLE: readonly (readonly [department: string, rows: readonly Row[]])[] = [
  [
    'Engineering',
    [
      ['Thomas Girard', 'fr'],
      ['Sophie Lambert', 'fr'],
      ['Nicolas Faure', 'fr'],
      ['Priya Raman', 'en'],
      ['Oliver Bennett', 'en'],
      ['Camille Roux', 'fr'],
      ['Julien Mercier', 'fr'],
      ['Hannah Clarke', 'en'],
      ['Lucas Fontaine', 'fr'],
      ['Daniel Okonkwo', 'en'],
      ['Léa Chevalier', 'fr'],
      ['Kenji Watanabe', 'en'],
      ['Pauline Gauthier', 'fr'],
    ],
  ],
  [
    'Production',
    [
      ['Mathieu Perrin', 'fr'],
      ['Samuel Brooks', 'en'],
      ['Nathalie Blanc', 'fr'],
      ['Antoine Robin', 'fr'],
      ['Fatima Zahra Idrissi', 'fr'],
      ['George Whitaker', 'en'],
      ['Élodie Masson', 'fr'],
      ['Kevin Walsh', 'en'],
      ['Yannick Bertrand', 'fr'],
      ['Rachel Foster', 'en'],
      ['Sébastien Caron', 'fr'],
      ['Agnieszka Nowak', 'en'],
      ['Loïc Henry', 'fr'],
    ],
  ],
  [
    'Finance',
    [
      ['Isabelle Fournier', 'fr'],
      ['James Whitfield', 'en'],
      ['Aurélie Morel', 'fr'],
      ['Laura Jenkins', 'en'],
      ['Vincent Leroy', 'fr'],
      ['Mei Lin Tan', 'en'],
      ['Claire Dupuis', 'fr'],
      ['Ahmed Haddad', 'fr'],
      ['Victoria Hughes', 'en'],
    ],
  ],
  [
    'HR',
    [
      ['Céline Rey', 'fr'],
      ['Sarah Mitchell', 'en'],
      ['Olivier Lemoine', 'fr'],
      ['Nadia Boucher', 'fr'],
      ['Michael Turner', 'en'],
      ['Anaïs Picard', 'fr'],
      ['Ruth Coleman', 'en'],
    ],
  ],
  [
    'Logistics',
    [
      ['Pierre Gaillard', 'fr'],
      ['Tom Hargreaves', 'en'],
      ['Manon Dufour', 'fr', 'switcher'],
      ['Karim Mansouri', 'fr'],
      ['Emily Carter', 'en'],
      ['Romain Barbier', 'fr'],
      ['Jonas Lindqvist', 'en'],
      ['Sandrine Vidal', 'fr'],
      ['Diego Fernández', 'en'],
      ['Hélène Colin', 'fr'],
    ],
  ],
  [
    'Legal',
    [
      ['Charlotte Ashworth', 'en', 'switcher'],
      ['François Renaud', 'fr'],
      ['Amélie Fabre', 'fr'],
    ],
  ],
];

export const DEMO_PEOPLE: readonly DemoPerson[] = PEOPLE.flatMap(([department, rows]) =>
  rows.map(([displayName, language, switcher]) => ({ department, displayName, language, switcher })),
).map(({ department, displayName, language, switcher }, i) => ({
  accountId: demoAccountId(FIRST_DEMO_NUMBER + i),
  displayName,
  email: `${slug(displayName)}@example.com`,
  department,
  role: 'customer' as const,
  confluenceAdmin: false,
  language: language === 'fr' ? ('fr-FR' as const) : ('en-US' as const),
  ...(switcher ? { inSwitcher: true } : {}),
}));

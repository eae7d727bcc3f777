/**
 * The UI's translate function: plural forms chosen with Intl.PluralRules (`{ one, other }` under a key, picked by the
 * `count` variable), French elision where a value follows « de » or « que », and the two locale files in step.
 */
import { installBridge } from './harness';
import type * as I18n from '../../static/app/src/app/i18n';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let makeTranslate: typeof I18n.makeTranslate;

beforeAll(async () => {
  installBridge();
  ({ makeTranslate } = await import('../../static/app/src/app/i18n'));
});

const table: Record<string, string> = {
  'k.points.one': 'vérifiez {count} point',
  'k.points.other': 'vérifiez {count} points',
  'k.members': 'Membres de {department}',
  'k.when': 'Il faut que {name} réponde',
  'k.plain': 'Période : {period}',
};
const lookup = (key: string) => table[key];

describe('plural forms', () => {
  it('French: 0 and 1 take "one", 2 and more "other"', () => {
    const t = makeTranslate(lookup, 'fr-FR');
    expect(t('k.points', { count: 0 })).toBe('vérifiez 0 point');
    expect(t('k.points', { count: 1 })).toBe('vérifiez 1 point');
    expect(t('k.points', { count: 2 })).toBe('vérifiez 2 points');
  });

  it('English: 0 takes "other"', () => {
    const t = makeTranslate(lookup, 'en-US');
    expect(t('k.points', { count: 0 })).toBe('vérifiez 0 points');
    expect(t('k.points', { count: 1 })).toBe('vérifiez 1 point');
  });

  it('a key without plural forms is used as it is; a missing key shows the key', () => {
    const t = makeTranslate(lookup, 'fr-FR');
    expect(t('k.plain', { period: '2026', count: 3 })).toBe('Période : 2026');
    expect(t('k.missing')).toBe('k.missing');
  });
});

describe('French elision before a value', () => {
  const t = () => makeTranslate(lookup, 'fr-FR');

  it.each([
    ['Engineering', 'Membres d’Engineering'],
    ['Achats', 'Membres d’Achats'],
    ['HR', 'Membres d’HR'],
    ['Hugo Moreau', 'Membres d’Hugo Moreau'],
    ['Yvelines', 'Membres d’Yvelines'],
    ['Études', 'Membres d’Études'],
    ['Finance', 'Membres de Finance'],
    ['2026', 'Membres de 2026'],
  ])('de + %s', (department, expected) => {
    expect(t()('k.members', { department })).toBe(expected);
  });

  it('que + a vowel', () => {
    expect(t()('k.when', { name: 'Inès' })).toBe('Il faut qu’Inès réponde');
  });

  it('never in English', () => {
    expect(makeTranslate(lookup, 'en-US')('k.members', { department: 'Engineering' })).toBe(
      'Membres de Engineering',
    );
  });
});

type Tree = { [key: string]: Tree | string };

function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : paths(value, `${prefix}${key}.`),
  );
}

describe('locale files', () => {
  it('en-US and fr-FR have the same keys (plural forms included)', () => {
    expect(paths(fr as Tree).sort()).toEqual(paths(en as Tree).sort());
  });

  it('every plural node has "one" and "other", and nothing else', () => {
    const plurals = paths(en as Tree).filter((p) => /\.(one|other)$/.test(p));
    expect(plurals.length).toBeGreaterThan(0);
    for (const p of plurals) {
      const base = p.replace(/\.(one|other)$/, '');
      expect(plurals).toEqual(expect.arrayContaining([`${base}.one`, `${base}.other`]));
    }
  });
});

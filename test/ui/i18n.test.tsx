/**
 * The UI's translate function: messages in ICU MessageFormat, plural forms chosen in the locale (`{count, plural,
 * one {…} other {…}}`), French sentences that read correctly whatever the name put in them, and the two locale
 * files in step (same keys, every message valid ICU).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { installBridge } from './backend';
import type * as I18n from '../../static/app/src/app/i18n';
import type { Locale } from '../../src/shared/i18n';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let makeTranslate: typeof I18n.makeTranslate;

beforeAll(async () => {
  installBridge();
  ({ makeTranslate } = await import('../../static/app/src/app/i18n'));
});

const table: Record<string, string> = {
  'k.points': '{count, plural, one {vérifiez {count} point} other {vérifiez {count} points}}',
  'k.plain': 'Période : {period}',
};
const lookup = (key: string) => table[key];

describe('plural forms', () => {
  it('French: 0 and 1 take "one", 2 and more "other"', async () => {
    const t = await makeTranslate<string>(lookup, 'fr-FR');
    expect(t('k.points', { count: 0 })).toBe('vérifiez 0 point');
    expect(t('k.points', { count: 1 })).toBe('vérifiez 1 point');
    expect(t('k.points', { count: 2 })).toBe('vérifiez 2 points');
  });

  it('English: 0 takes "other"', async () => {
    const t = await makeTranslate<string>(lookup, 'en-US');
    expect(t('k.points', { count: 0 })).toBe('vérifiez 0 points');
    expect(t('k.points', { count: 1 })).toBe('vérifiez 1 point');
  });

  it('a key without plural forms is used as it is; a missing key shows the key', async () => {
    const t = await makeTranslate<string>(lookup, 'fr-FR');
    expect(t('k.plain', { period: '2026', count: 3 })).toBe('Période : 2026');
    expect(t('k.missing')).toBe('k.missing');
  });

  it('a message is looked up and parsed once, however often it is shown', async () => {
    const asked: string[] = [];
    const t = await makeTranslate<string>((key) => {
      asked.push(key);
      return table[key];
    }, 'fr-FR');
    expect([0, 1, 2].map((count) => t('k.points', { count }))).toEqual([
      'vérifiez 0 point',
      'vérifiez 1 point',
      'vérifiez 2 points',
    ]);
    expect(t('k.missing')).toBe('k.missing');
    expect(t('k.missing')).toBe('k.missing');
    expect(asked).toEqual(['k.points', 'k.missing']);
  });

  it('a message missing one of its values is shown as written rather than failing', async () => {
    const t = await makeTranslate<string>(lookup, 'fr-FR');
    expect(t('k.plain')).toBe('Période : {period}');
  });
});

type Tree = { [key: string]: Tree | string };

/** The message of a dotted key in a locale file. */
function dig(tree: Tree, key: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('the shipped messages', () => {
  const translate = (locale: Locale) =>
    makeTranslate((key) => dig(locale === 'fr-FR' ? fr : en, key), locale);

  it('French plurals: 0 and 1 take "one"', async () => {
    const t = await translate('fr-FR');
    expect(t('ui.plan.create.created', { count: 0 })).toBe('0 ticket créé');
    expect(t('ui.plan.create.created', { count: 1 })).toBe('1 ticket créé');
    expect(t('ui.plan.create.created', { count: 2 })).toBe('2 tickets créés');
    expect(t('ui.weighing.left', { count: 0 })).toBe('0 point restant');
  });

  it('English plurals: 0 takes "other"', async () => {
    const t = await translate('en-US');
    expect(t('ui.plan.create.created', { count: 0 })).toBe('0 issues created');
    expect(t('ui.plan.create.created', { count: 1 })).toBe('1 issue created');
  });

  it.each([
    ['Yannick Morel', 'Clients suivis par Yannick Morel : 2 sans réponse'],
    ['Inès Robert', 'Clients suivis par Inès Robert : 2 sans réponse'],
    ['Hugo Moreau', 'Clients suivis par Hugo Moreau : 2 sans réponse'],
    ['Bruno Lefèvre', 'Clients suivis par Bruno Lefèvre : 2 sans réponse'],
  ])('French reads correctly whatever the name: %s', async (buyer, expected) => {
    const t = await translate('fr-FR');
    expect(t('ui.participation.pendingOf', { buyer, count: 2 })).toBe(expected);
  });

  it('French: a name starting with Y is never elided into « d’Yannick »', async () => {
    const t = await translate('fr-FR');
    const name = 'Yannick Morel';
    expect(t('ui.admin.campaign.portfolioOf', { name })).toBe('Portefeuille : Yannick Morel');
    expect(t('ui.survey.proxy.submit', { name })).toBe('Enregistrer les réponses pour Yannick Morel');
    expect(t('ui.results.portfolioOf', { name })).toBe('Clients suivis par Yannick Morel');
    expect(t('ui.plan.openOf', { name: 'Enquête 2026' })).toBe(
      'Plan d’amélioration de la campagne Enquête 2026',
    );
  });

  it('no French message puts a name right after « de » or « que » (only numbers follow them)', () => {
    const numbers = new Set([
      'k',
      'level',
      'count',
      'from',
      'max',
      'min',
      'minutes',
      'to',
      'total',
      'version',
    ]);
    const offenders = leaves(fr).filter(([, text]) =>
      [...text.matchAll(/(?:^|[^\p{L}])(?:de|que) \{(\w+)/giu)].some((m) => !numbers.has(m[1]!)),
    );
    expect(offenders).toEqual([]);
  });
});

/** Every message of the tree as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The names of the values a message takes, plural and select selectors included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe('locale files', () => {
  const files: [Locale, Tree][] = [
    ['en-US', en],
    ['fr-FR', fr],
  ];

  it('en-US and fr-FR have the same keys', () => {
    const keys = (tree: Tree) =>
      leaves(tree)
        .map(([key]) => key)
        .sort();
    expect(keys(fr)).toEqual(keys(en));
  });

  it.each(files)('every message of %s is valid ICU MessageFormat', (locale, tree) => {
    const invalid = leaves(tree).flatMap(([key, text]) => {
      try {
        new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
        return [];
      } catch (error) {
        return [`${key}: ${String(error)}`];
      }
    });
    expect(invalid).toEqual([]);
  });

  it('a message takes the same values in both locales (one may also choose its words by `count`)', () => {
    // A plural form one language needs and the other does not (French « invité » / « invités », English "invited").
    const argumentsIn = (locale: Locale, text: string) =>
      [...argumentsOf(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst())]
        .filter((name) => name !== 'count' || /\{count\}/.test(text))
        .sort();
    const french = new Map(leaves(fr));
    const differ = leaves(en).filter(
      ([key, text]) =>
        JSON.stringify(argumentsIn('en-US', text)) !==
        JSON.stringify(argumentsIn('fr-FR', french.get(key) ?? '')),
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('the module titles Forge reads (modules.*) stay plain text', () => {
    for (const [, tree] of files) {
      for (const [key, text] of leaves(tree.modules as Tree))
        expect([key, text]).toEqual([key, expect.not.stringMatching(/[{}]/)]);
    }
  });
});

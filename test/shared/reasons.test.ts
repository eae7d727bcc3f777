/**
 * Every failure reason the server can send (src/shared/reasons.ts) has its translation in each locale the app ships
 * (`ui.reasons.<reason>`, which the UI shows instead of the server's English message), with the same placeholders,
 * and the locales hold no translation of a reason that no longer exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/shared/i18n';
import { REASONS, type Reason } from '../../src/shared/reasons';

type Tree = { [key: string]: Tree | string };

const load = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales', `${locale}.json`), 'utf8')) as Tree;

const reasonsOf = (locale: string): Tree => {
  const ui = load(locale).ui;
  if (typeof ui !== 'object') throw new Error(`${locale}: no ui section`);
  const reasons = ui.reasons;
  if (typeof reasons !== 'object') throw new Error(`${locale}: no ui.reasons section`);
  return reasons;
};

/** Every leaf of the tree as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

const KEYS = Object.keys(REASONS) as Reason[];

describe.each(LOCALES)('ui.reasons in %s', (locale) => {
  const translated = new Map(leaves(reasonsOf(locale)));

  it.each(KEYS)('%s: a non-empty text with the same placeholders as the English wording', (reason) => {
    const text = translated.get(reason);
    expect(typeof text).toBe('string');
    expect((text as string).trim()).not.toBe('');
    expect(placeholders(text as string)).toEqual(placeholders(REASONS[reason]));
  });

  it('has no translation of a reason that does not exist', () => {
    expect([...translated.keys()].filter((key) => !Object.hasOwn(REASONS, key))).toEqual([]);
  });
});

describe('ui.reasons', () => {
  it('in en-US is the English wording of the server', () => {
    const english = new Map(leaves(reasonsOf('en-US')));
    for (const reason of KEYS) expect([reason, english.get(reason)]).toEqual([reason, REASONS[reason]]);
  });

  it('in fr-FR follows French typography: ’, « », no-break space before : ; ? !', () => {
    for (const [key, text] of leaves(reasonsOf('fr-FR'))) {
      const value = String(text);
      expect([key, /['"]/.test(value)]).toEqual([key, false]);
      expect([key, /[^\u00a0\u202f][:;?!»]/.test(value)]).toEqual([key, false]);
      expect([key, /«[^\u00a0\u202f]/.test(value)]).toEqual([key, false]);
    }
  });
});

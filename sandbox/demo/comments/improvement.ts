/** Comments on improvement: proposals, costs, follow-up (improvement-*). */
import { pick, ITEMS, MONTHS, type CriterionComments } from './facts';

export const IMPROVEMENT_COMMENTS: Record<string, CriterionComments> = {
  'improvement-proposals': {
    low: [
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `We suggested an alternative supplier for labels in ${m.en}; no answer so far.`,
          fr: `Nous avons proposé un autre fournisseur d’étiquettes en ${m.fr}, sans réponse à ce jour.`,
        };
      },
      () => ({
        en: 'In three years no new product or supplier was proposed to our department.',
        fr: 'En trois ans, aucun nouveau produit ni fournisseur n’a été proposé à notre service.',
      }),
    ],
    high: [
      () => ({
        en: 'Procurement brought us a reusable packaging solution that we now use on two lines.',
        fr: 'Les Achats nous ont proposé un emballage réutilisable, utilisé sur deux lignes.',
      }),
      () => ({
        en: 'The supplier day in June showed us three solutions we did not know.',
        fr: 'La journée fournisseurs de juin nous a fait découvrir trois solutions.',
      }),
    ],
  },
  'improvement-cost': {
    low: [
      () => ({
        en: 'The cheaper pumps need twice the maintenance: the saving is lost in a year.',
        fr: 'Les pompes moins chères demandent deux fois plus de maintenance : le gain est perdu en un an.',
      }),
      (r) => {
        const item = pick(r, ITEMS);
        return {
          en: `Switching ${item.en} supplier saved on price but doubled the scrap rate.`,
          fr: `Le changement de fournisseur de ${item.fr} a fait gagner sur le prix mais doublé le taux de rebut.`,
        };
      },
    ],
    high: [
      (r) => {
        const k = r.int(8, 20);
        return {
          en: `Consolidating the cutting tools saved us about ${k} k€ this year.`,
          fr: `Le regroupement des outils de coupe nous a fait économiser environ ${k} k€ cette année.`,
        };
      },
    ],
  },
  'improvement-follow-up': {
    low: [
      (_r, year) => ({
        en: `The actions announced after the ${year - 1} survey were not communicated to our team.`,
        fr: `Les actions annoncées après l’enquête ${year - 1} n’ont pas été communiquées à notre équipe.`,
      }),
      () => ({
        en: 'Same issues as last year on delivery dates, nothing visible changed.',
        fr: 'Mêmes problèmes de délais que l’an dernier, rien de visible n’a changé.',
      }),
      () => ({
        en: 'We asked for a buyer contact per site last year; it is still not done.',
        fr: 'Nous avions demandé un acheteur référent par site l’an dernier ; ce n’est toujours pas fait.',
      }),
    ],
    high: [
      () => ({
        en: 'The buyer contact list asked for last year is now on the intranet.',
        fr: 'La liste des acheteurs demandée l’an dernier est maintenant sur l’intranet.',
      }),
    ],
  },
};

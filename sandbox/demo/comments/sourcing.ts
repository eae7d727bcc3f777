/** Comments on sourcing: needs, the supplier panel, negotiation, contracts (sourcing-*). */
import { pick, ITEMS, MONTHS, SERVICES, type CriterionComments } from './facts';

export const SOURCING_COMMENTS: Record<string, CriterionComments> = {
  'sourcing-needs': {
    low: [
      () => ({
        en: 'The valves we received met the price target but not the pressure rating of our specification.',
        fr: 'Les vannes reçues tenaient l’objectif de prix mais pas la pression de notre cahier des charges.',
      }),
      () => ({
        en: 'I had to explain the tolerance requirements three times for the same part.',
        fr: 'J’ai dû réexpliquer trois fois les tolérances pour la même pièce.',
      }),
      (r) => {
        const item = pick(r, ITEMS);
        return {
          en: `We were sent a cheaper reference of ${item.en} that does not fit our machines.`,
          fr: `On nous a envoyé une référence de ${item.fr} moins chère qui ne convient pas à nos machines.`,
        };
      },
    ],
    high: [
      () => ({
        en: 'Our buyer came to the workshop to see the part before the tender.',
        fr: 'Notre acheteur est venu à l’atelier voir la pièce avant l’appel d’offres.',
      }),
      () => ({
        en: 'The buyer rewrote our specification with us; the first samples were right.',
        fr: 'L’acheteur a réécrit le cahier des charges avec nous ; les premiers échantillons étaient bons.',
      }),
    ],
  },
  'sourcing-panel': {
    low: [
      (r) => {
        const s = pick(r, SERVICES);
        return {
          en: `Only one referenced supplier for ${s.en}: we wait for its slots.`,
          fr: `Un seul fournisseur référencé pour ${s.fr} : nous attendons ses créneaux.`,
        };
      },
      () => ({
        en: 'No supplier on the panel can deliver small batches of machined parts.',
        fr: 'Aucun fournisseur du panel ne livre de petites séries de pièces usinées.',
      }),
    ],
    high: [
      () => ({
        en: 'Two new local suppliers were added for packaging this year.',
        fr: 'Deux nouveaux fournisseurs locaux ont été ajoutés pour les emballages cette année.',
      }),
    ],
  },
  'sourcing-negotiation': {
    low: [
      (r) => {
        const [item, p] = [pick(r, ITEMS), r.int(8, 15)];
        return {
          en: `We found the same ${item.en} ${p} % cheaper on the distributor’s public website.`,
          fr: `Nous avons trouvé les mêmes ${item.fr} ${p} % moins chers sur le site public du distributeur.`,
        };
      },
      (r) => {
        const p = r.int(6, 12);
        return {
          en: `The ${p} % price increase of our main supplier was accepted without a counter-offer.`,
          fr: `La hausse de ${p} % de notre principal fournisseur a été acceptée sans contre-proposition.`,
        };
      },
    ],
    high: [
      (r) => {
        const p = r.int(4, 9);
        return {
          en: `The energy contract was renegotiated with a ${p} % reduction.`,
          fr: `Le contrat d’énergie a été renégocié avec une baisse de ${p} %.`,
        };
      },
    ],
  },
  'sourcing-contracts': {
    low: [
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `The maintenance contract has no penalty for late interventions: we had no recourse in ${m.en}.`,
          fr: `Le contrat de maintenance n’a pas de pénalité de retard : aucun recours en ${m.fr}.`,
        };
      },
      () => ({
        en: 'The software licence was signed without a data processing agreement.',
        fr: 'La licence logicielle a été signée sans accord de traitement des données.',
      }),
      () => ({
        en: 'The supplier’s general terms were accepted, liability capped at the order amount.',
        fr: 'Les conditions générales du fournisseur ont été acceptées, responsabilité plafonnée au montant de la commande.',
      }),
    ],
    high: [
      (r) => {
        const d = r.int(8, 12);
        return {
          en: `The framework agreement was signed in ${d} days, with the liability clause we asked for.`,
          fr: `Le contrat cadre a été signé en ${d} jours, avec la clause de responsabilité demandée.`,
        };
      },
    ],
  },
};

/** Comments on health, safety and the environment (the hse-* criteria). */
import { order, pick, ITEMS, MONTHS, type CriterionComments } from './facts';

export const HSE_COMMENTS: Record<string, CriterionComments> = {
  'hse-suppliers': {
    low: [
      (r) => {
        const n = order(r);
        return {
          en: `The cleaning contractor started without a valid safety certificate (order ${n}).`,
          fr: `Le prestataire de nettoyage a démarré sans certificat de sécurité valide (commande ${n}).`,
        };
      },
      (r) => {
        const n = r.int(2, 4);
        return {
          en: `${n} deliveries of solvents came without the safety data sheet.`,
          fr: `${n} livraisons de solvants sont arrivées sans fiche de données de sécurité.`,
        };
      },
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `The new glove supplier’s gloves failed our cut test in ${m.en}; they are still on the catalogue.`,
          fr: `Les gants du nouveau fournisseur ont échoué à notre test de coupure en ${m.fr} ; ils sont toujours au catalogue.`,
        };
      },
      () => ({
        en: 'Nobody checked the ISO 45001 certificate of the scaffolding company before the award.',
        fr: 'Personne n’a vérifié le certificat ISO 45001 de l’entreprise d’échafaudage avant l’attribution.',
      }),
    ],
    high: [
      () => ({
        en: 'Every new supplier this year came with its HSE questionnaire filled in.',
        fr: 'Chaque nouveau fournisseur cette année avait rempli son questionnaire HSE.',
      }),
      () => ({
        en: 'The chemical supplier sends updated safety data sheets without being asked.',
        fr: 'Le fournisseur de produits chimiques envoie les fiches de sécurité à jour sans qu’on les demande.',
      }),
    ],
  },
  'hse-onsite': {
    low: [
      (r) => {
        const d = r.int(2, 27);
        return {
          en: `A subcontractor worked at height without a permit on ${d} May; nobody from Procurement followed up.`,
          fr: `Un sous-traitant a travaillé en hauteur sans permis le ${d} mai, sans suite côté Achats.`,
        };
      },
      () => ({
        en: 'The site induction of the maintenance contractor was skipped twice in the autumn.',
        fr: 'L’accueil sécurité du prestataire de maintenance a été sauté deux fois à l’automne.',
      }),
      (r) => {
        const n = r.int(2, 5);
        return {
          en: `${n} contractor vans parked in the fire lane during the shutdown week.`,
          fr: `${n} camionnettes de prestataires garées sur la voie pompiers pendant l’arrêt technique.`,
        };
      },
    ],
    high: [
      () => ({
        en: 'Prevention plans are signed before every intervention now.',
        fr: 'Les plans de prévention sont signés avant chaque intervention désormais.',
      }),
    ],
  },
  'hse-environment': {
    low: [
      () => ({
        en: 'The packaging tender was awarded on price only; recycled content was not scored.',
        fr: 'L’appel d’offres emballages a été attribué sur le seul prix, sans noter le contenu recyclé.',
      }),
      (r) => {
        const n = r.int(3, 9);
        return {
          en: `We still receive ${n} half-empty trucks a week from the same supplier.`,
          fr: `Nous recevons encore ${n} camions à moitié vides par semaine du même fournisseur.`,
        };
      },
      (r) => {
        const item = pick(r, ITEMS);
        return {
          en: `Our ${item.en} now come by air freight from Asia when a European source exists.`,
          fr: `Nos ${item.fr} arrivent par avion d’Asie alors qu’une source européenne existe.`,
        };
      },
    ],
    high: [
      () => ({
        en: 'The new carrier contract includes CO₂ reporting per delivery.',
        fr: 'Le nouveau contrat transporteur inclut un reporting CO₂ par livraison.',
      }),
      () => ({
        en: 'Returnable crates replaced cardboard for the two main suppliers.',
        fr: 'Des caisses consignées ont remplacé le carton chez les deux principaux fournisseurs.',
      }),
    ],
  },
};

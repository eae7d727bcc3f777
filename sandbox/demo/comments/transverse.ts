/** Comments on the transverse criteria: tools, supplier issues, reporting (transverse-*). */
import { order, pick, ITEMS, MONTHS, type CriterionComments } from './facts';

export const TRANSVERSE_COMMENTS: Record<string, CriterionComments> = {
  'transverse-tools': {
    low: [
      (_r, year) =>
        year < 2025
          ? {
              en: 'The old catalogue still shows last year’s prices and half the office supplies are missing.',
              fr: 'L’ancien catalogue affiche encore les prix de l’an dernier et la moitié des fournitures manque.',
            }
          : {
              en: 'The portal asks for a cost centre on every line: a 40-line order takes an hour.',
              fr: 'Le portail demande un centre de coût à chaque ligne : une commande de 40 lignes prend une heure.',
            },
      (r, year) => {
        const n = r.int(3, 6);
        return year < 2025
          ? {
              en: `Ordering a standard item takes ${n} screens and a paper form.`,
              fr: `Commander un article standard demande ${n} écrans et un formulaire papier.`,
            }
          : {
              en: `The portal rejected my basket ${n - 1} times without saying why.`,
              fr: `Le portail a refusé mon panier ${n - 1} fois sans dire pourquoi.`,
            };
      },
      (r, year) => {
        const item = pick(r, ITEMS);
        return year < 2025
          ? {
              en: `${item.en[0]!.toUpperCase()}${item.en.slice(1)} are not in the catalogue: every order is a free-text request.`,
              fr: `Les ${item.fr} ne sont pas au catalogue : chaque commande est une demande en texte libre.`,
            }
          : {
              en: `The search of the portal does not find ${item.en} under their usual name.`,
              fr: `La recherche du portail ne trouve pas les ${item.fr} sous leur nom habituel.`,
            };
      },
    ],
    high: [
      (_r, year) =>
        year < 2025
          ? {
              en: 'The catalogue is fine for office supplies.',
              fr: 'Le catalogue convient pour les fournitures de bureau.',
            }
          : {
              en: 'Catalogue orders go through in a few clicks and I can see their status.',
              fr: 'Les commandes catalogue passent en quelques clics et je vois leur statut.',
            },
    ],
  },
  'transverse-supplier-issues': {
    low: [
      (r) => {
        const [n, m] = [order(r), r.int(2, 4)];
        return {
          en: `The invoice of order ${n} was blocked for ${m} months; the supplier stopped deliveries.`,
          fr: `La facture de la commande ${n} a été bloquée ${m} mois : le fournisseur a suspendu ses livraisons.`,
        };
      },
      (r) => {
        const [lot, w] = [r.int(210, 890), r.int(6, 12)];
        return {
          en: `A quality claim on batch ${lot} is still open after ${w} weeks.`,
          fr: `Une réclamation qualité sur le lot ${lot} est toujours ouverte après ${w} semaines.`,
        };
      },
      (r) => {
        const item = pick(r, ITEMS);
        return {
          en: `Damaged ${item.en} were sent back twice before the supplier accepted the return.`,
          fr: `Des ${item.fr} abîmés ont été renvoyés deux fois avant que le fournisseur accepte le retour.`,
        };
      },
    ],
    high: [
      (r) => {
        const d = r.int(2, 4);
        return {
          en: `A wrong delivery was taken back and replaced in ${d} days.`,
          fr: `Une livraison erronée a été reprise et remplacée en ${d} jours.`,
        };
      },
    ],
  },
  'transverse-reporting': {
    low: [
      () => ({
        en: 'I cannot get our spend per supplier without asking Procurement for an export.',
        fr: 'Impossible d’obtenir nos dépenses par fournisseur sans demander un export aux Achats.',
      }),
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `The monthly purchasing report stopped in ${m.en}.`,
          fr: `Le rapport mensuel des achats s’est arrêté en ${m.fr}.`,
        };
      },
      (r) => {
        const d = r.int(5, 15);
        return {
          en: `Open orders in the report differ from the system by ${d} lines.`,
          fr: `Les commandes ouvertes du rapport diffèrent de ${d} lignes de celles du système.`,
        };
      },
    ],
    high: [
      () => ({
        en: 'The spend dashboard is updated every Monday.',
        fr: 'Le tableau de bord des dépenses est mis à jour chaque lundi.',
      }),
    ],
  },
};

/** Comments on communication: reachability, being kept informed, procedures, lead times (communication-*). */
import { order, request, pick, ITEMS, MONTHS, type CriterionComments } from './facts';

export const COMMUNICATION_COMMENTS: Record<string, CriterionComments> = {
  'communication-reachable': {
    low: [
      (r, year) => {
        const [id, n] = [request(r, year), r.int(3, 4)];
        return {
          en: `My request ${id} went through ${n} buyers before someone took it.`,
          fr: `Ma demande ${id} est passée par ${n} acheteurs avant d’être prise en charge.`,
        };
      },
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `The shared mailbox only sent automatic replies for two weeks in ${m.en}.`,
          fr: `La boîte partagée n’a envoyé que des réponses automatiques pendant deux semaines en ${m.fr}.`,
        };
      },
      () => ({
        en: 'The buyer list on the intranet still shows people who left last year.',
        fr: 'La liste des acheteurs sur l’intranet affiche encore des personnes parties l’an dernier.',
      }),
    ],
    high: [
      () => ({
        en: 'I know exactly who my buyer is and they pick up the phone.',
        fr: 'Je sais qui est mon acheteur et il décroche.',
      }),
      (r) => {
        const h = r.int(1, 3);
        return {
          en: `Answered within ${h} hours every time I called.`,
          fr: `Réponse en ${h} heures à chaque appel.`,
        };
      },
    ],
  },
  'communication-informed': {
    low: [
      (r, year) => {
        const [id, n] = [request(r, year), r.int(3, 6)];
        return {
          en: `I had to chase request ${id} ${n} times to learn it was waiting for a quote.`,
          fr: `J’ai relancé la demande ${id} ${n} fois pour apprendre qu’elle attendait un devis.`,
        };
      },
      (r) => {
        const w = r.int(3, 7);
        return {
          en: `No news for ${w} weeks after I sent the specification; I found the order in the system by chance.`,
          fr: `Aucune nouvelle pendant ${w} semaines après l’envoi du cahier des charges ; j’ai trouvé la commande par hasard.`,
        };
      },
      () => ({
        en: 'Nobody told us the supplier had changed until the first delivery arrived.',
        fr: 'Personne ne nous a prévenus du changement de fournisseur avant la première livraison.',
      }),
      (r) => {
        const [n, item] = [order(r), pick(r, ITEMS)];
        return {
          en: `Order ${n} (${item.en}) was split in three deliveries and we learnt it from the warehouse.`,
          fr: `La commande ${n} (${item.fr}) a été livrée en trois fois ; nous l’avons appris par le magasin.`,
        };
      },
      (r) => {
        const d = r.int(2, 5);
        return {
          en: `The delay of our tooling was known ${d} weeks before we were told.`,
          fr: `Le retard de notre outillage était connu ${d} semaines avant qu’on nous prévienne.`,
        };
      },
    ],
    high: [
      () => ({
        en: 'I get an e-mail at each step of my requests.',
        fr: 'Je reçois un e-mail à chaque étape de mes demandes.',
      }),
    ],
  },
  'communication-procedures': {
    low: [
      (r) => {
        const m = pick(r, MONTHS);
        return {
          en: `The threshold for three quotes changed in ${m.en}; I found out when my request was rejected.`,
          fr: `Le seuil des trois devis a changé en ${m.fr} ; je l’ai appris quand ma demande a été refusée.`,
        };
      },
      () => ({
        en: 'The procedure for urgent purchases is not written anywhere.',
        fr: 'La procédure pour les achats urgents n’est écrite nulle part.',
      }),
      (r) => {
        const n = r.int(3, 5);
        return {
          en: `A purchase under 500 € needs ${n} approvals, the same as one of 50 000 €.`,
          fr: `Un achat de moins de 500 € demande ${n} validations, autant qu’un achat de 50 000 €.`,
        };
      },
      () => ({
        en: 'Two versions of the purchasing procedure are on the intranet and they disagree.',
        fr: 'Deux versions de la procédure d’achat sont sur l’intranet et elles se contredisent.',
      }),
    ],
    high: [
      () => ({
        en: 'The one-page guide on the intranet answers most of my questions.',
        fr: 'Le guide d’une page sur l’intranet répond à la plupart de mes questions.',
      }),
    ],
  },
  'communication-lead-times': {
    low: [
      (r) => {
        const [n, w, d] = [order(r), r.int(3, 6), r.int(2, 4)];
        return {
          en: `Order ${n} arrived ${w} weeks late and stopped a line for ${d} days.`,
          fr: `La commande ${n} est arrivée avec ${w} semaines de retard et a arrêté une ligne ${d} jours.`,
        };
      },
      (r, year) => {
        const [id, d] = [request(r, year), r.int(12, 25)];
        return {
          en: `Purchase request ${id} waited ${d} days for a purchase order.`,
          fr: `La demande d’achat ${id} a attendu ${d} jours avant d’avoir un bon de commande.`,
        };
      },
      (r) => {
        const w = r.int(6, 9);
        return {
          en: `Spare parts promised in 2 weeks took ${w}; we rented equipment in the meantime.`,
          fr: `Pièces promises sous 2 semaines, reçues en ${w} ; nous avons loué du matériel entre-temps.`,
        };
      },
      (r) => {
        const [late, of] = [r.int(3, 6), r.int(7, 10)];
        return {
          en: `${late} of my last ${of} orders were delivered after the agreed date.`,
          fr: `${late} de mes ${of} dernières commandes ont été livrées après la date convenue.`,
        };
      },
      (r) => {
        const [item, w] = [pick(r, ITEMS), r.int(3, 8)];
        return {
          en: `${item.en[0]!.toUpperCase()}${item.en.slice(1)} requested in week ${w} were still not ordered from the supplier in week ${w + 4}.`,
          fr: `${item.fr[0]!.toUpperCase()}${item.fr.slice(1)} demandés en semaine ${w}, toujours pas commandés au fournisseur en semaine ${w + 4}.`,
        };
      },
    ],
    high: [
      (r) => {
        const n = order(r);
        return {
          en: `Urgent order ${n} was placed the same day.`,
          fr: `La commande urgente ${n} a été passée le jour même.`,
        };
      },
    ],
  },
};

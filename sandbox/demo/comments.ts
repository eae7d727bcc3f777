/**
 * Fact-based comments of the demo answers, in English and French: what an internal customer writes when a rating
 * is low (required at or below 2) and, now and then, when it is good. Each template writes both languages from the
 * same drawn facts (orders, items, days, weeks), taken from the answer's own random stream, so the same answer
 * always says the same thing.
 */
import type { DemoLanguage } from './people';
import type { Rng } from '../random';

interface Text {
  en: string;
  fr: string;
}
type Template = (r: Rng, year: number) => Text;

interface CriterionComments {
  low: readonly Template[];
  high: readonly Template[];
}

const order = (r: Rng) => r.int(4100, 4899);
/** A purchase request of the year the survey looks back on (the 2025 survey, in January, is about 2024). */
const request = (r: Rng, year: number) => `${year - 1}-${String(r.int(120, 980)).padStart(4, '0')}`;

const pick = (r: Rng, items: readonly Text[]): Text => r.pick(items);

/** French: masculine plurals starting with a consonant, so that every template agrees and needs no elision. */
const ITEMS: readonly Text[] = [
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
const MONTHS: readonly Text[] = [
  { en: 'March', fr: 'mars' },
  { en: 'April', fr: 'avril' },
  { en: 'June', fr: 'juin' },
  { en: 'September', fr: 'septembre' },
  { en: 'October', fr: 'octobre' },
  { en: 'November', fr: 'novembre' },
];
const SERVICES: readonly Text[] = [
  { en: 'calibration', fr: 'l’étalonnage' },
  { en: 'forklift maintenance', fr: 'la maintenance des chariots' },
  { en: 'temporary staff', fr: 'l’intérim' },
  { en: 'translation', fr: 'la traduction' },
  { en: 'waste collection', fr: 'la collecte des déchets' },
];

const COMMENTS: Record<string, CriterionComments> = {
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

const inLanguage = (text: Text, language: DemoLanguage) => (language === 'fr-FR' ? text.fr : text.en);

/** What a customer writes on this criterion: a fact behind a low rating, or what works behind a good one. */
export function commentOf(
  criterionId: string,
  rating: 1 | 2 | 3 | 4,
  language: DemoLanguage,
  year: number,
  r: Rng,
): string {
  const bank = COMMENTS[criterionId];
  if (!bank) throw new Error(`no demo comments for criterion ${criterionId}`);
  return inLanguage(r.pick(bank[rating <= 2 ? 'low' : 'high'])(r, year), language);
}

/** What a buyer writes in the self-assessment when rating the team 2 or less on a criterion. */
export function selfCommentOf(criterionId: string, language: DemoLanguage, year: number, r: Rng): string {
  const n = r.int(90, 140);
  const action = r.int(2, 9);
  return inLanguage(
    criterionId === 'communication-lead-times' && year >= 2025
      ? {
          en: `Backlog since the ordering portal went live in April ${year - 1}: ${n} requests waiting in December.`,
          fr: `Retard de traitement depuis la mise en service du portail en avril ${year - 1} : ${n} demandes en attente en décembre.`,
        }
      : {
          en: `Known weakness, planned in the ${year} improvement plan (action ${action}).`,
          fr: `Point faible connu, action prévue au plan d’amélioration ${year} (action ${action}).`,
        },
    language,
  );
}

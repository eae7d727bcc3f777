/**
 * The French texts the team gave its demo actions (by action id), so that a French reader of the plan, the
 * weighing, the follow-up, the commitments and the issue panel reads them in French. The last action's description
 * was never translated: the French reader sees it in English, marked as English, which is what the app does for
 * any text the team left in one language.
 */
import type { ActionText } from '../../../src/domain/plan';
import { demoActionId as ids, type DemoAction } from './actions';

const FRENCH: Readonly<Record<string, { title: string; description?: string }>> = {
  [ids(1)]: {
    title: 'Revue hebdomadaire de chaque demande de plus de 10 jours',
    description:
      'Chaque lundi, les acheteurs passent en revue les demandes ouvertes depuis plus de 10 jours et donnent une ' +
      'date à chaque demandeur.\n\n' +
      'La satisfaction sur les délais a perdu près d’un point après la mise en service du portail de commande : ' +
      'le retard de la migration est résorbé en premier.',
  },
  [ids(2)]: {
    title: 'Informer le demandeur à chaque étape de sa demande',
    description:
      'Un e-mail du portail de commande quand une demande est approuvée, commandée, livrée ou bloquée.\n\n' +
      'L’équipe s’est donné 4 sur 4 sur « Je suis tenu informé » ; les clients environ 2,6 : un angle mort.',
  },
  [ids(3)]: {
    title: 'Publier le délai attendu de chaque catégorie d’achat',
    description:
      'Un tableau dans l’espace Achats, tiré d’une année de délais mesurés et revu chaque trimestre, pour que ' +
      'les demandeurs sachent à quoi s’attendre avant de demander.',
  },
  [ids(4)]: {
    title: 'Formation au portail pour les nouveaux demandeurs',
    description:
      'Une séance de 30 minutes chaque mois et un guide court en anglais et en français : la question sur les ' +
      'outils de commande a été reformulée pour le nouveau portail, 2025 en est donc la première mesure.',
  },
  [ids(5)]: {
    title: 'Rencontrer l’équipe Juridique deux fois par an',
    description:
      'Le Juridique compte trois personnes, sous le seuil de l’enquête : ses notes ne peuvent être montrées. ' +
      'L’acheteur de son portefeuille rencontre l’équipe en avril et en octobre pour passer en revue ses ' +
      'contrats et ses demandes.',
  },
  [ids(6)]: {
    title: 'Nommer un acheteur par site pour les besoins urgents',
    description: 'Un acheteur joignable par site, avec un suppléant, listé dans l’espace Achats.',
  },
  [ids(7)]: {
    title: 'Rapport trimestriel des incidents fournisseurs à chaque service',
    description:
      'Les incidents fournisseurs ouverts du service (qualité, retards, factures) et ce qui est fait pour les ' +
      'régler.',
  },
  [ids(8)]: { title: 'Inviter les clients aux revues annuelles des fournisseurs' },
};

const inBoth = (english: string, french: string | undefined): ActionText =>
  french ? { 'en-US': english, 'fr-FR': french } : { 'en-US': english };

/** The action's title as stored: the English the demo lists it with, and its French. */
export const titleOf = (demo: Pick<DemoAction, 'id' | 'title'>): ActionText =>
  inBoth(demo.title, FRENCH[demo.id]?.title);

export const descriptionOf = (demo: Pick<DemoAction, 'id' | 'description'>): ActionText =>
  inBoth(demo.description, FRENCH[demo.id]?.description);

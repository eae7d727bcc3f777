/**
 * The company-level evaluation model: sections of criteria rated on a 4-level scale.
 * Pure data and functions: no I/O, no Forge import.
 */
export interface LocalizedText {
  'en-US': string;
  'fr-FR': string;
}

export interface Criterion {
  id: string;
  text: LocalizedText;
  /** Relative weight in the section roll-up; 1 when absent. */
  weight?: number;
}

export interface Section {
  id: string;
  title: LocalizedText;
  /** Relative weight in the overall roll-up; 1 when absent. */
  weight?: number;
  criteria: Criterion[];
}

export interface EvaluationModel {
  id: string;
  version: number;
  name: LocalizedText;
  sections: Section[];
}

/** The 4-level scale, no neutral point. "Not applicable" is recorded apart and left out of every count. */
export const SCALE = [1, 2, 3, 4] as const;
export type Rating = (typeof SCALE)[number];

const text = (en: string, fr: string): LocalizedText => ({ 'en-US': en, 'fr-FR': fr });

/** The default procurement model (DOMAIN.md): five sections, seeded on a new installation. */
export const DEFAULT_MODEL: EvaluationModel = {
  id: 'procurement-default',
  version: 1,
  name: text('Procurement internal customer satisfaction', 'Satisfaction des clients internes des Achats'),
  sections: [
    {
      id: 'hse',
      title: text('Health, safety and environment', 'Hygiène, sécurité et environnement'),
      criteria: [
        {
          id: 'hse-suppliers',
          text: text(
            'Selected suppliers meet our health, safety and environmental requirements',
            'Les fournisseurs retenus respectent nos exigences d’hygiène, de sécurité et d’environnement',
          ),
        },
        {
          id: 'hse-onsite',
          text: text(
            'Safety rules are applied when suppliers work on our sites',
            'Les règles de sécurité sont appliquées lors des interventions des fournisseurs sur nos sites',
          ),
        },
        {
          id: 'hse-environment',
          text: text(
            'Environmental impact is taken into account in purchasing decisions',
            'L’impact environnemental est pris en compte dans les décisions d’achat',
          ),
        },
      ],
    },
    {
      id: 'communication',
      title: text('Communication, organization and interfaces', 'Communication, organisation et interfaces'),
      criteria: [
        {
          id: 'communication-reachable',
          text: text('It is easy to reach the right buyer', 'Il est facile de joindre le bon acheteur'),
        },
        {
          id: 'communication-informed',
          text: text(
            'I am kept informed of the progress of my requests',
            'Je suis tenu informé de l’avancement de mes demandes',
          ),
        },
        {
          id: 'communication-procedures',
          text: text(
            'Purchasing procedures are clear and easy to follow',
            'Les procédures d’achat sont claires et faciles à suivre',
          ),
        },
        {
          id: 'communication-lead-times',
          text: text(
            'Requests are handled within the agreed lead times',
            'Les demandes sont traitées dans les délais convenus',
          ),
        },
      ],
    },
    {
      id: 'sourcing',
      title: text('Sourcing activities', 'Activités de sourcing'),
      criteria: [
        {
          id: 'sourcing-needs',
          text: text(
            'Buyers understand my technical and business needs',
            'Les acheteurs comprennent mes besoins techniques et métier',
          ),
        },
        {
          id: 'sourcing-panel',
          text: text(
            'The supplier panel on offer fits my needs',
            'Le panel de fournisseurs proposé répond à mes besoins',
          ),
        },
        {
          id: 'sourcing-negotiation',
          text: text(
            'Negotiated prices and conditions are competitive',
            'Les prix et conditions négociés sont compétitifs',
          ),
        },
        {
          id: 'sourcing-contracts',
          text: text(
            'Contracts protect our interests (quality, delivery, liability)',
            'Les contrats protègent nos intérêts (qualité, délais, responsabilités)',
          ),
        },
      ],
    },
    {
      id: 'transverse',
      title: text('Transverse services', 'Services transverses'),
      criteria: [
        {
          id: 'transverse-tools',
          text: text(
            'Purchasing tools (catalogues, ordering system) are easy to use',
            'Les outils d’achat (catalogues, système de commande) sont faciles à utiliser',
          ),
        },
        {
          id: 'transverse-supplier-issues',
          text: text(
            'Supplier problems (quality, delays, invoices) are resolved effectively',
            'Les problèmes avec les fournisseurs (qualité, retards, factures) sont résolus efficacement',
          ),
        },
        {
          id: 'transverse-reporting',
          text: text(
            'The purchasing data and reports I need are available',
            'Les données et rapports d’achat dont j’ai besoin sont disponibles',
          ),
        },
      ],
    },
    {
      id: 'improvement',
      title: text('Continuous improvement and innovation', 'Amélioration continue et innovation'),
      criteria: [
        {
          id: 'improvement-proposals',
          text: text(
            'Procurement proposes new suppliers, products or solutions',
            'Les Achats proposent de nouveaux fournisseurs, produits ou solutions',
          ),
        },
        {
          id: 'improvement-cost',
          text: text(
            'Procurement helps reduce the total cost of ownership',
            'Les Achats contribuent à réduire le coût total de possession',
          ),
        },
        {
          id: 'improvement-follow-up',
          text: text(
            'Feedback from earlier surveys led to visible improvements',
            'Les retours des enquêtes précédentes ont conduit à des améliorations visibles',
          ),
        },
      ],
    },
  ],
};

/** Criteria in display order, each with its section: what the survey grid iterates over. */
export function criteriaOf(model: EvaluationModel): { section: Section; criterion: Criterion }[] {
  return model.sections.flatMap((section) => section.criteria.map((criterion) => ({ section, criterion })));
}

import type { Persona, PersonaRole } from '../personas';

/**
 * The demo Confluence site the host shows: one space, a few pages, and the survey macro placed on one of them.
 * The host page and the Confluence sandbox read the same data, so what the app fetches is what the user sees.
 */
export interface DemoPage {
  id: string;
  title: string;
  parentId?: string;
  authorId: string;
  createdAt: string;
  /** Page restrictions: only personas of these roles may view it (everyone when absent). */
  viewers?: PersonaRole[];
  /** Plain paragraphs shown above the macros. */
  paragraphs: string[];
  /** Holds the demo results macro. */
  resultsPage?: boolean;
  /** Holds the demo follow-up and commitments macros. */
  planPage?: boolean;
}

export interface DemoSite {
  cloudId: string;
  siteUrl: string;
  space: { id: string; key: string; name: string };
  pages: DemoPage[];
  /** The page holding the survey macro. */
  surveyPageId: string;
}

export const DEMO_SITE: DemoSite = {
  cloudId: 'b7e0c0de-0000-4000-8000-00000000c10d',
  siteUrl: 'https://procurement-demo.atlassian.net',
  space: { id: '98304', key: 'PROC', name: 'Procurement' },
  surveyPageId: '65601',
  pages: [
    {
      id: '65537',
      title: 'Procurement home',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000031',
      createdAt: '2024-09-02T08:00:00.000Z',
      paragraphs: ['Welcome to the Procurement space.'],
    },
    {
      id: '65601',
      parentId: '65537',
      title: 'Procurement satisfaction survey 2026',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000031',
      createdAt: '2026-01-12T09:30:00.000Z',
      paragraphs: [
        'Every year the Procurement department asks its internal customers how well it serves them. Your answers ' +
          'shape next year’s improvement plan: the actions we commit to are published on the commitments page.',
        'Rate each criterion from 1 (dissatisfied) to 4 (very satisfied), or choose “not applicable”. A short, ' +
          'fact-based comment helps us most when something does not work. You can edit your answers until the ' +
          'campaign closes.',
      ],
    },
    {
      id: '65602',
      parentId: '65537',
      title: 'Improvement plan 2025',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000011',
      createdAt: '2025-03-20T14:00:00.000Z',
      planPage: true,
      paragraphs: [
        'After the 2025 survey, the procurement team drafted improvement actions from your ratings and comments, ' +
          'and you weighed them: the plan below keeps the actions you valued most. Each one is a Jira issue of the ' +
          'PROC project, owned by a buyer, with a due date.',
        'The follow-up shows where each action stands in Jira, its history and the plan’s periodic reviews; our ' +
          'commitments are what every internal customer can read. Next year’s survey will tell whether they worked.',
      ],
    },
    {
      id: '65603',
      parentId: '65537',
      title: 'Supplier evaluation',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000012',
      createdAt: '2025-05-05T10:00:00.000Z',
      paragraphs: ['How internal customers rate the suppliers they work with.'],
    },
    {
      id: '65605',
      parentId: '65537',
      title: 'Satisfaction results 2025',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000031',
      createdAt: '2025-02-20T10:00:00.000Z',
      resultsPage: true,
      paragraphs: [
        'What internal customers told Procurement in the 2025 survey. The results macro below shows each reader what ' +
          'the campaign shares with them: the procurement team and the quality manager see every breakdown, customers ' +
          'the overall and their own department.',
      ],
    },
    {
      id: '65604',
      parentId: '65537',
      title: 'Management review (restricted)',
      authorId: '712020:5a1e0000-0000-4000-8000-000000000031',
      createdAt: '2025-11-03T09:00:00.000Z',
      viewers: ['admin', 'quality-manager'],
      paragraphs: [
        'Inputs to the yearly management review: restricted to the admin and the quality manager.',
      ],
    },
  ],
};

export function pageById(site: DemoSite, id: string): DemoPage | undefined {
  return site.pages.find((p) => p.id === id);
}

/** Who edits the pages of the demo space: the procurement team (buyers) and its manager (the admin). */
export const PAGE_EDITOR_ROLES: readonly PersonaRole[] = ['admin', 'buyer'];

/** A restricted page answers 404 to those who may not view it, as Confluence does (it does not reveal it exists). */
export function mayViewPage(persona: Persona | undefined, page: DemoPage): boolean {
  return !page.viewers || persona === undefined || page.viewers.includes(persona.role);
}

/**
 * May this persona edit the page (and so the settings of a macro on it)? Internal customers and the quality
 * manager only read the survey pages. `undefined` is the app itself (asApp), which may.
 */
export function mayEditPage(persona: Persona | undefined, page: DemoPage): boolean {
  return mayViewPage(persona, page) && (persona === undefined || PAGE_EDITOR_ROLES.includes(persona.role));
}

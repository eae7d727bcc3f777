/**
 * The one contract between the Custom UI (static/) and the resolvers (src/resolvers):
 * resolver keys, payload schemas and response types. Imported on both sides, never copied.
 */
import { z } from 'zod';
import type { AppRole, Campaign, CampaignStatus } from '../domain/campaign';
import type { EvaluationModel } from '../domain/model';
import type { Answers, ResponseKind, ResponseStatus } from '../domain/response';
import type { Locale } from './i18n';

/** Ids are short, url-safe tokens: they end up in storage keys, so nothing else is accepted. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');

const localizedTextSchema = z.object({
  'en-US': z.string().min(1).max(500),
  'fr-FR': z.string().min(1).max(500),
});

const weightSchema = z.number().positive().max(100).optional();

export const evaluationModelSchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  name: localizedTextSchema,
  sections: z
    .array(
      z.object({
        id: idSchema,
        title: localizedTextSchema,
        weight: weightSchema,
        criteria: z
          .array(z.object({ id: idSchema, text: localizedTextSchema, weight: weightSchema }))
          .min(1)
          .max(50),
      }),
    )
    .min(1)
    .max(20),
}) satisfies z.ZodType<EvaluationModel>;

/** Atlassian account ids: `557058:…`, `712020:…` or 24 hex digits. */
export const accountIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-zA-Z0-9:_-]+$/, 'is not an Atlassian account id');

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');
const roleSchema = z.enum(['admin', 'team', 'quality']) satisfies z.ZodType<AppRole>;

export const answersSchema = z
  .record(
    idSchema,
    z
      .object({
        value: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]),
        comment: z.string().max(2000).optional(),
      })
      .strict(),
  )
  .refine((answers) => Object.keys(answers).length <= 200, 'too many answers') satisfies z.ZodType<Answers>;

/** A model as the admin edits it: the version is the server's business. */
export const modelInputSchema = evaluationModelSchema.omit({ version: true }).strict();

export const campaignInputSchema = z
  .object({
    id: idSchema.optional(),
    name: z.string().trim().min(1).max(200),
    period: z.string().trim().min(1).max(40),
    opensOn: daySchema,
    closesOn: daySchema,
    anonymous: z.boolean(),
    modelId: idSchema,
    audience: z
      .object({
        departments: z
          .array(
            z
              .object({
                id: idSchema,
                name: z.string().trim().min(1).max(120),
                members: z.array(accountIdSchema).max(2000),
              })
              .strict(),
          )
          .max(100),
        people: z.array(accountIdSchema).max(2000),
      })
      .strict(),
    team: z
      .array(
        z
          .object({
            accountId: accountIdSchema,
            portfolio: z
              .object({ departments: z.array(idSchema).max(100), people: z.array(accountIdSchema).max(2000) })
              .strict(),
          })
          .strict(),
      )
      .max(100),
    commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    results: z.object({ roles: z.array(roleSchema).max(3), customersAfterClose: z.boolean() }).strict(),
  })
  .strict()
  .refine((c) => c.opensOn <= c.closesOn, { message: 'closes before it opens', path: ['closesOn'] });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

const kindSchema = z.enum(['customer', 'self']) satisfies z.ZodType<ResponseKind>;
const revisionSchema = z.number().int().min(0).max(1_000_000);
const empty = z.object({}).strict();
const byCampaign = z.object({ campaignId: idSchema }).strict();

/** Resolver keys, namespaced by feature. */
export const RESOLVERS = {
  getSurveyModel: 'survey/getModel',
  getAccess: 'admin/getAccess',
  bootstrapAdmin: 'admin/bootstrap',
  getRoles: 'admin/getRoles',
  setRoles: 'admin/setRoles',
  searchUsers: 'directory/search',
  getUsers: 'directory/users',
  getModel: 'model/get',
  saveModel: 'model/save',
  listCampaigns: 'campaign/list',
  getCampaign: 'campaign/get',
  saveCampaign: 'campaign/save',
  openCampaign: 'campaign/open',
  closeCampaign: 'campaign/close',
  bindSurvey: 'survey/bind',
  getSurveyState: 'survey/getState',
  saveDraft: 'survey/saveDraft',
  submitResponse: 'survey/submit',
  getProxyResponse: 'survey/getProxy',
  submitProxy: 'survey/proxySubmit',
  getParticipation: 'participation/get',
} as const;
export type ResolverKey = (typeof RESOLVERS)[keyof typeof RESOLVERS];

const answerPayload = {
  campaignId: idSchema,
  answers: answersSchema,
  /** Only for people of the audience who are not listed in a department: one of the campaign's departments. */
  departmentId: idSchema.optional(),
  /** The revision the browser last saw (0 for a first save): a stale write gets CONFLICT, a replay is a no-op. */
  baseRevision: revisionSchema,
};

export const payloadSchemas = {
  [RESOLVERS.getSurveyModel]: z.object({ campaignId: idSchema.optional() }).strict(),
  [RESOLVERS.getAccess]: empty,
  [RESOLVERS.bootstrapAdmin]: empty,
  [RESOLVERS.getRoles]: empty,
  [RESOLVERS.setRoles]: z
    .object({
      admins: z.array(accountIdSchema).min(1).max(50),
      team: z.array(accountIdSchema).max(100),
      quality: z.array(accountIdSchema).max(50),
    })
    .strict(),
  [RESOLVERS.searchUsers]: z.object({ query: z.string().trim().min(1).max(100) }).strict(),
  [RESOLVERS.getUsers]: z.object({ accountIds: z.array(accountIdSchema).max(100) }).strict(),
  [RESOLVERS.getModel]: z.object({ modelId: idSchema.optional() }).strict(),
  [RESOLVERS.saveModel]: z.object({ model: modelInputSchema, baseVersion: z.number().int().min(0) }).strict(),
  [RESOLVERS.listCampaigns]: empty,
  [RESOLVERS.getCampaign]: byCampaign,
  [RESOLVERS.saveCampaign]: z
    .object({ campaign: campaignInputSchema, baseRevision: revisionSchema })
    .strict(),
  [RESOLVERS.openCampaign]: z.object({ campaignId: idSchema, baseRevision: revisionSchema }).strict(),
  [RESOLVERS.closeCampaign]: z.object({ campaignId: idSchema, baseRevision: revisionSchema }).strict(),
  [RESOLVERS.bindSurvey]: byCampaign,
  [RESOLVERS.getSurveyState]: byCampaign,
  [RESOLVERS.saveDraft]: z.object({ ...answerPayload, kind: kindSchema }).strict(),
  [RESOLVERS.submitResponse]: z.object({ ...answerPayload, kind: kindSchema }).strict(),
  [RESOLVERS.getProxyResponse]: z
    .object({ campaignId: idSchema, customerAccountId: accountIdSchema })
    .strict(),
  [RESOLVERS.submitProxy]: z.object({ ...answerPayload, customerAccountId: accountIdSchema }).strict(),
  [RESOLVERS.getParticipation]: byCampaign,
} satisfies Record<ResolverKey, z.ZodType>;

export type Payload<K extends ResolverKey> = z.infer<(typeof payloadSchemas)[K]>;

export interface UserRef {
  accountId: string;
  displayName: string;
}

export interface SurveyModelView {
  campaign: { id: string; name: string; period: string } | null;
  model: EvaluationModel;
  locale: Locale;
}

export interface AccessView {
  accountId: string;
  roles: AppRole[];
  /** No admin exists yet and the caller is a Confluence administrator: they may claim the admin role. */
  canBootstrap: boolean;
}

export interface RolesView {
  admins: UserRef[];
  team: UserRef[];
  quality: UserRef[];
}

export interface ModelView {
  model: EvaluationModel;
  /** The latest version is frozen into an opened campaign: saving creates a new version. */
  inUse: boolean;
  versions: { version: number; usedBy: string[] }[];
}

export interface CampaignSummaryView {
  id: string;
  name: string;
  period: string;
  status: CampaignStatus;
  opensOn: string;
  closesOn: string;
  anonymous: boolean;
  bound: boolean;
}

export interface CampaignView extends Omit<Campaign, 'binding'> {
  bound: boolean;
  /** Answers exist: anonymity can no longer change. */
  hasAnswers: boolean;
}

export interface ResponseView {
  kind: ResponseKind;
  status: ResponseStatus;
  answers: Answers;
  departmentId?: string;
  revision: number;
  /** The day of the last change (anonymous answers keep nothing finer). */
  updatedDay: string;
  enteredByProxy: boolean;
}

export interface SurveyStateView {
  campaign: Pick<
    Campaign,
    'id' | 'name' | 'period' | 'status' | 'opensOn' | 'closesOn' | 'anonymous' | 'commentRequiredAtOrBelow'
  >;
  model: EvaluationModel;
  locale: Locale;
  me: {
    eligibility: 'member' | 'choose-department' | 'not-in-audience';
    departmentId?: string;
    isTeam: boolean;
    /** A buyer in a named campaign may enter answers for the customers of their portfolio. */
    canProxy: boolean;
    canSeeParticipation: boolean;
  };
  departments: { id: string; name: string }[];
  response: ResponseView | null;
  selfAssessment: ResponseView | null;
}

/** A customer's answer as their buyer sees it before entering answers by proxy. */
export interface ProxyResponseView {
  response: ResponseView | null;
  /** The customer is in the audience but in none of its departments: the submit needs a `departmentId`. */
  chooseDepartment: boolean;
  /** The customer's listed department, when they have one. */
  departmentId?: string;
}

export interface SaveResultView {
  revision: number;
  status: ResponseStatus;
  updatedDay: string;
}

/**
 * One group of a participation breakdown: its rate, or, below the anonymity threshold (anonymous campaigns), only
 * its invited count with `hidden: true` and no responded count ("below threshold", never 0).
 */
export type GroupRateView =
  | { invited: number; responded: number; hidden?: undefined }
  | { invited: number; responded: null; hidden: true };

export interface ParticipationView {
  campaignId: string;
  anonymous: boolean;
  overall: { invited: number; responded: number };
  /** The minimum group size (invited people) under which a breakdown row is hidden: anonymous campaigns only. */
  threshold: number | null;
  departments: ({ id: string; name: string } & GroupRateView)[];
  /** People invited but not listed in any department, in a row of their own: named campaigns only, else null. */
  unlisted: { invited: number; responded: number } | null;
  portfolios: ({
    buyer: UserRef;
    /** Who has not answered yet: named campaigns only (null when anonymous). */
    pending: UserRef[] | null;
  } & GroupRateView)[];
  /** A ready reminder for the buyer to copy. */
  reminder: { subject: string; body: string; pageUrl: string | null };
}

export interface ResponseData {
  [RESOLVERS.getSurveyModel]: SurveyModelView;
  [RESOLVERS.getAccess]: AccessView;
  [RESOLVERS.bootstrapAdmin]: AccessView;
  [RESOLVERS.getRoles]: RolesView;
  [RESOLVERS.setRoles]: RolesView;
  [RESOLVERS.searchUsers]: UserRef[];
  [RESOLVERS.getUsers]: UserRef[];
  [RESOLVERS.getModel]: ModelView;
  [RESOLVERS.saveModel]: ModelView;
  [RESOLVERS.listCampaigns]: CampaignSummaryView[];
  [RESOLVERS.getCampaign]: CampaignView;
  [RESOLVERS.saveCampaign]: CampaignView;
  [RESOLVERS.openCampaign]: CampaignView;
  [RESOLVERS.closeCampaign]: CampaignView;
  [RESOLVERS.bindSurvey]: { campaignId: string; contentId: string; localId: string };
  [RESOLVERS.getSurveyState]: SurveyStateView;
  [RESOLVERS.saveDraft]: SaveResultView;
  [RESOLVERS.submitResponse]: SaveResultView;
  [RESOLVERS.getProxyResponse]: ProxyResponseView;
  [RESOLVERS.submitProxy]: SaveResultView;
  [RESOLVERS.getParticipation]: ParticipationView;
}

/** Proxy entry: a buyer enters the answers of a customer of their portfolio (named campaigns). */
import { z } from 'zod';
import { accountIdSchema, idSchema } from './common';
import { endpoint } from './endpoint';
import { answerPayload, type ResponseView, type SaveResultView } from './survey';

/** A customer's answer as their buyer sees it before entering answers by proxy. */
export interface ProxyResponseView {
  /** The answer entered by proxy so far, if any: never what the customer entered themselves. */
  response: ResponseView | null;
  /** The customer answered (or started answering) themselves: proxy entry is closed for them. */
  answeredThemselves: boolean;
  /** The customer is in the audience but in none of its departments: the submit needs a `departmentId`. */
  chooseDepartment: boolean;
  /** The customer's listed department, when they have one. */
  departmentId?: string;
}

export const proxyContract = {
  'proxy/get': endpoint(
    z.object({ campaignId: idSchema, customerAccountId: accountIdSchema }).strict(),
  ).returns<ProxyResponseView>(),
  'proxy/submit': endpoint(
    z.object({ ...answerPayload, customerAccountId: accountIdSchema }).strict(),
  ).returns<SaveResultView>(),
} as const;

/**
 * The one contract between the Custom UI (static/) and the backend (src/features): every resolver key once, with
 * its input schema and its output type, defined by the feature it belongs to and joined here. UI features import
 * the slices they call (`@shared/contract/survey`); the backend registers exactly these keys.
 */
import type { z } from 'zod';
import { bindingContract } from './binding';
import { campaignsContract } from './campaigns';
import { commitmentsContract } from './commitments';
import { directoryContract } from './directory';
import { issuePanelContract } from './issue-panel';
import { jiraSettingsContract } from './jira-settings';
import { joinSlices, type ContractSlice, type InputOf, type OutputOf } from './endpoint';
import { modelContract } from './model';
import { participationContract } from './participation';
import { followUpContract } from './followup';
import { planContract } from './plan';
import { weighingContract } from './weighing';
import { proxyContract } from './proxy';
import { resultsContract } from './results';
import { rolesContract } from './roles';
import { surveyContract } from './survey';
import { remindersContract } from './reminders';
import { homeContract } from './home';
import { suppliersContract } from './suppliers';
import { supplierModelContract } from './supplier-model';
import { supplierRatingsContract } from './supplier-ratings';

export const CONTRACT = joinSlices(
  rolesContract,
  directoryContract,
  modelContract,
  campaignsContract,
  bindingContract,
  surveyContract,
  proxyContract,
  participationContract,
  resultsContract,
  planContract,
  weighingContract,
  followUpContract,
  commitmentsContract,
  issuePanelContract,
  jiraSettingsContract,
  remindersContract,
  homeContract,
  suppliersContract,
  supplierModelContract,
  supplierRatingsContract,
);
export type Contract = typeof CONTRACT;
export type ResolverKey = Extract<keyof Contract, string>;

/** The keys of one slice, as contract keys. */
export type ContractSliceKeys<C extends ContractSlice> = keyof C & ResolverKey;

export type Payload<K extends ResolverKey> = InputOf<Contract[K]>;
export type Output<K extends ResolverKey> = OutputOf<Contract[K]>;

/** The input schema of a key (for a generic key TypeScript cannot relate the indexed schema to Payload<K>). */
export const inputSchemaOf = <K extends ResolverKey>(key: K): z.ZodType<Payload<K>> =>
  CONTRACT[key].input as unknown as z.ZodType<Payload<K>>;

export const RESOLVER_KEYS = Object.keys(CONTRACT) as ResolverKey[];

export const isResolverKey = (value: unknown): value is ResolverKey =>
  typeof value === 'string' && Object.hasOwn(CONTRACT, value);

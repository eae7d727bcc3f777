/**
 * Every feature's route table, joined: exactly the contract's keys (a key without its handler, or a handler
 * without its key, does not compile), and no key in two tables.
 */
import { joinSlices } from '../shared/contract/endpoint';
import { bindingRoutes } from './binding';
import { campaignsRoutes } from './campaigns';
import { commitmentsRoutes } from './commitments';
import { issuePanelRoutes } from './issue-panel';
import { jiraSettingsRoutes } from './jira-settings';
import { directoryRoutes } from './directory';
import { modelRoutes } from './model';
import { participationRoutes } from './participation';
import { followUpRoutes } from './followup';
import { planRoutes } from './plan';
import { weighingRoutes } from './weighing';
import { proxyRoutes } from './proxy';
import { resultsRoutes } from './results';
import { rolesRoutes } from './roles';
import type { Routes } from './router';
import { surveyRoutes } from './survey';
import { remindersRoutes } from './reminders';
import { homeRoutes } from './home';
import { suppliersRoutes } from './suppliers';
import { supplierModelRoutes } from './supplier-model';
import { supplierRatingsRoutes } from './supplier-ratings';

export const ROUTES: Routes = joinSlices(
  rolesRoutes,
  directoryRoutes,
  modelRoutes,
  campaignsRoutes,
  bindingRoutes,
  surveyRoutes,
  proxyRoutes,
  participationRoutes,
  resultsRoutes,
  planRoutes,
  weighingRoutes,
  followUpRoutes,
  commitmentsRoutes,
  issuePanelRoutes,
  jiraSettingsRoutes,
  remindersRoutes,
  homeRoutes,
  suppliersRoutes,
  supplierModelRoutes,
  supplierRatingsRoutes,
);

/**
 * Every feature's route table, joined: exactly the contract's keys (a key without its handler, or a handler
 * without its key, does not compile), and no key in two tables.
 */
import { joinSlices } from '../shared/contract/endpoint';
import { bindingRoutes } from './binding/routes';
import { campaignsRoutes } from './campaigns/routes';
import { directoryRoutes } from './directory/routes';
import { modelRoutes } from './model/routes';
import { participationRoutes } from './participation/routes';
import { followUpRoutes } from './followup/routes';
import { planRoutes } from './plan/routes';
import { weighingRoutes } from './plan/weighing';
import { proxyRoutes } from './proxy/routes';
import { resultsRoutes } from './results/routes';
import { rolesRoutes } from './roles/routes';
import type { Routes } from './router';
import { surveyRoutes } from './survey/routes';

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
);

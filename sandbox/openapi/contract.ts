/**
 * Contract checks for the local Jira/Confluence sandbox against Atlassian's own OpenAPI schemas (the committed
 * subsets in `openapi/`, see scripts/openapi-subset.ts), so the sandbox cannot drift from the real REST APIs.
 * Every function returns a list of human-readable problems: empty means the request/response conforms.
 *
 * The parts: types.ts (the shapes), schema.ts (OpenAPI's schema dialect for Ajv), documents.ts (paths, `$ref`s,
 * operations), checker.ts (the checks); this file loads the committed subsets and is what the rest imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createContractChecker } from './checker';
import type { ContractChecker, OpenApiDocument, Product } from './types';

export { createContractChecker } from './checker';
export type { ContractChecker, OpenApiDocument, OperationMatch, Product } from './types';

/** The committed subset files each product's calls are checked against. */
export const CONTRACT_FILES: Readonly<Record<Product, readonly string[]>> = {
  jira: ['jira-subset.json'],
  confluence: ['confluence-v2-subset.json'],
};

const OPENAPI_DIR = path.resolve(__dirname, '..', '..', 'openapi');

/** Reads the committed subsets (never ../shared, which a fresh clone does not have). */
export function loadCommittedSpecs(dir = OPENAPI_DIR): Record<Product, OpenApiDocument[]> {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as OpenApiDocument;
  return { jira: CONTRACT_FILES.jira.map(read), confluence: CONTRACT_FILES.confluence.map(read) };
}

let defaultChecker: ContractChecker | undefined;
/** The checker over the committed subsets, built on first use. */
export function contract(): ContractChecker {
  defaultChecker ??= createContractChecker(loadCommittedSpecs());
  return defaultChecker;
}

export const checkRequest = (
  product: Product,
  method: string,
  requestPath: string,
  body?: unknown,
): string[] => contract().checkRequest(product, method, requestPath, body);

export const checkResponse = (
  product: Product,
  method: string,
  requestPath: string,
  status: number,
  body?: unknown,
): string[] => contract().checkResponse(product, method, requestPath, status, body);

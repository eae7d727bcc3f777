/** The shapes the contract checks share: products, JSON, OpenAPI documents, and what a checker answers. */

export type Product = 'jira' | 'confluence';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type OpenApiDocument = JsonObject;

export interface OperationMatch {
  product: Product;
  method: string;
  /** The OpenAPI path template as the app writes it, server base path included (`/wiki/api/v2/pages/{id}`). */
  template: string;
  pathParams: Record<string, string>;
}

export interface ContractChecker {
  findOperation(product: Product, method: string, requestPath: string): OperationMatch | undefined;
  /** `requestPath` may carry a query string, whose parameters are checked too. */
  checkRequest(product: Product, method: string, requestPath: string, body?: unknown): string[];
  checkResponse(
    product: Product,
    method: string,
    requestPath: string,
    status: number,
    body?: unknown,
  ): string[];
  /** Compiles every schema up front (a smoke test: throws on a schema Ajv cannot compile). */
  compileAll(): void;
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

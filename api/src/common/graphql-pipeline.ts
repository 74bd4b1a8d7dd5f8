/**
 * One way a GraphQL document is read, checked and answered, for HTTP (Apollo) and WebSocket
 * (graphql-ws) alike: the same parse options (token cap), the same validation rules (limits,
 * introspection), the same pre-execution checks (cost with the variables, strings) and the same
 * error mapper. A rule added here holds on both transports.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { ErrorCode, formatError, HTTP_STATUS, RETRY_AFTER_SECONDS } from './errors.js';
import { guardInputStrings } from './input-guard.js';
import { languageOf, languageOfConnection, type Lang } from './language.js';
import {
  DOCUMENT_CAPS,
  checkOperationCost,
  documentLimitsRule,
  type QueryLimits,
} from './limits.js';

export interface PipelineOptions {
  limits: QueryLimits;
  introspection: boolean;
  /** Production: no "Did you mean …?" suggestions that map the schema for a stranger. */
  hideSchemaDetails: boolean;
  logError: (ref: string, err: unknown) => void;
  /** Last check before an operation runs over HTTP, knowing the caller (e.g. a pending TOTP enrolment). */
  guardOperation?: (context: unknown, operation: OperationDefinitionNode) => void;
  /**
   * Over HTTP, before the operation's own checks: the caller and the SHA-256 of the document's
   * text as sent (e.g. the allow-list of registered operations).
   */
  guardSource?: (context: unknown, queryHash: string) => void;
  /**
   * With introspection off: callers who may still introspect over HTTP (signed-in staff,
   * partners with a key). Strangers — and every WebSocket — are refused as the validation rule
   * refuses them.
   */
  introspectionAllowed?: (context: unknown) => boolean;
}

export interface WsPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export class GraphqlPipeline {
  readonly parseOptions: ParseOptions = { maxTokens: DOCUMENT_CAPS.maxTokens };
  /** Apollo adds graphql-js's specified rules itself; graphql-ws gets them from `prepare`. */
  readonly validationRules: ValidationRule[];

  constructor(
    readonly schema: GraphQLSchema,
    private readonly opts: PipelineOptions,
  ) {
    const closed = opts.introspection ? [] : [NoSchemaIntrospectionCustomRule];
    // With callers who may introspect, HTTP checks it per caller (see `plugin`).
    this.validationRules = [
      documentLimitsRule(opts.limits),
      ...(opts.introspectionAllowed ? [] : closed),
    ];
    this.wsValidationRules = [documentLimitsRule(opts.limits), ...closed];
  }

  /** The rules of graphql-ws, where no caller may introspect when introspection is off. */
  private readonly wsValidationRules: ValidationRule[];

  /** Introspection for a caller who may not: refused as the validation rule words it. */
  private checkIntrospection(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    context: unknown,
  ): void {
    if (this.opts.introspection || !this.opts.introspectionAllowed) return;
    if (this.opts.introspectionAllowed(context)) return;
    const single: DocumentNode = {
      ...document,
      definitions: document.definitions.filter(
        (d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation,
      ),
    };
    const [error] = validate(this.schema, single, [NoSchemaIntrospectionCustomRule]);
    if (error) {
      throw new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: {
          code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
          http: { status: 400 },
        },
      });
    }
  }

  /** After validation, before execution: the cost with these variables, then every string. */
  checkOperation(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | null | undefined,
  ): void {
    checkOperationCost(this.schema, document, operation, variables ?? {}, this.opts.limits);
    guardInputStrings(document, operation, variables);
  }

  /** The language of the HTTP request being answered (Apollo's formatError has no request). */
  private readonly language = new AsyncLocalStorage<Lang>();

  /**
   * Express middleware before Apollo's: the rest of the request (context, execution, formatError)
   * runs knowing the caller's `Accept-Language`, so every error it gets is in that language.
   */
  speakRequestLanguage = (
    req: { headers: IncomingHttpHeaders },
    _res: unknown,
    next: () => void,
  ): void => {
    this.language.run(languageOf(req.headers['accept-language']), next);
  };

  formatError = (
    formatted: GraphQLFormattedError,
    error: unknown,
    lang: Lang = this.language.getStore() ?? 'vi',
  ): GraphQLFormattedError =>
    formatError(formatted, error, this.opts.logError, {
      hideSchemaDetails: this.opts.hideSchemaDetails,
      lang,
    });

  /**
   * For Apollo: runs `checkOperation` once the operation is known; an answer carrying
   * SERVICE_UNAVAILABLE (the database was unreachable while resolving) goes out as HTTP 503 with
   * `Retry-After`, so clients and load balancers retry instead of treating it as a bug.
   */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, operation, contextValue, queryHash }) => {
          if (!operation) return;
          request.variables ??= {};
          try {
            if (queryHash) this.opts.guardSource?.(contextValue, queryHash);
            this.checkOperation(document, operation, request.variables);
            this.checkIntrospection(document, operation, contextValue);
            this.opts.guardOperation?.(contextValue, operation);
          } catch (err) {
            throw withRequestStatus(err);
          }
        },
        willSendResponse: async ({ response }) => {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = HTTP_STATUS.SERVICE_UNAVAILABLE.http;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      }),
    };
  }

  /**
   * For graphql-ws's `onSubscribe`: the execution arguments, or the errors (with Apollo's codes,
   * so `formatError` words them as it does over HTTP).
   */
  prepare(payload: WsPayload): ExecutionArgs | readonly GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(payload.query, this.parseOptions);
    } catch (err) {
      return [withCode(err, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
    }
    const errors = validate(this.schema, document, [...specifiedRules, ...this.wsValidationRules]);
    if (errors.length) {
      return errors.map((e) => withCode(e, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [
        withCode(
          new GraphQLError('Could not identify the operation to run.'),
          ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
        ),
      ];
    }
    const variables = payload.variables ?? {};
    try {
      this.checkOperation(document, operation, variables);
    } catch (err) {
      return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
    }
    return {
      schema: this.schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
    };
  }

  /**
   * Errors as a graphql-ws client receives them: through the same mapper as HTTP, in the language
   * the client named in its connection parameters (`lang: 'en'`).
   */
  formatAll(
    errors: readonly GraphQLError[],
    socket?: { connectionParams?: Readonly<Record<string, unknown>> },
  ): GraphQLFormattedError[] {
    const lang = languageOfConnection(socket?.connectionParams);
    return errors.map((e) => this.formatError(e.toJSON(), e, lang));
  }
}

function withCode(err: unknown, code: string): GraphQLError {
  const e = err instanceof GraphQLError ? err : new GraphQLError(String(err));
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    originalError: e.originalError ?? e,
    extensions: { ...e.extensions, code: e.extensions.code ?? code },
  });
}

/**
 * An operation refused before it runs is a request error: Apollo answers 500 for an error thrown
 * at that stage unless the error names its status, so it gets the status of its code (400 for
 * bad input, 403 for a forbidden operation…).
 */
function withRequestStatus(err: unknown): unknown {
  if (!(err instanceof GraphQLError)) return err;
  const code = err.extensions.code as ErrorCode | undefined;
  const status = code && code in HTTP_STATUS ? HTTP_STATUS[code] : null;
  const http = err.extensions.http as { status?: number } | undefined;
  if (!status || http?.status) return err;
  (err.extensions as Record<string, unknown>).http = {
    ...(http ?? {}),
    status: status.graphql ?? status.http,
  };
  return err;
}

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import { CampaignResolver } from './campaign/campaign.resolver.js';
import { FieldResolver } from './field/field.resolver.js';
import { IdeaResolver } from './idea/idea.resolver.js';
import { ReceptionPointResolver, UnitResolver } from './unit/unit.resolver.js';

export const resolvers = [
  AuthResolver,
  CampaignResolver,
  FieldResolver,
  IdeaResolver,
  UnitResolver,
  ReceptionPointResolver,
] as const;

/** The executable schema. Input checks live in the services (Vietnamese field errors), not here. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted so it diffs cleanly. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '@navet/config';
import { ApiModule } from '../api.module';

type ResolverClass = abstract new (...args: never[]) => unknown;

/** The schema Apollo serves: every resolver ApiModule provides, built the way Nest builds it at boot. */
export async function apiSchema(): Promise<GraphQLSchema> {
  const providers = ApiModule.forRoot(loadConfig({ NODE_ENV: 'development' })).providers as unknown[];
  const resolvers = providers.filter(
    (p): p is ResolverClass => typeof p === 'function' && Reflect.hasOwnMetadata(RESOLVER_TYPE_METADATA, p),
  );
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
  await app.close();
  return schema;
}

/** The SDL the web app's typed operations are generated from (sorted, so it diffs cleanly). */
export async function apiSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await apiSchema()))}\n`;
}

import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../core/context';
import { withTransaction } from '../db/transaction';

/**
 * The extension a mutation carries (`@Extensions(OWN_TRANSACTIONS)`) when its service opens its
 * transactions itself with withTransaction, after what must come before one: slow work (a password
 * hash) that would hold a pooled connection, or a limit counted in the database, which takes a
 * pooled connection of its own that a transaction already holding one could wait for without end
 * once every connection is held so.
 */
export const OWN_TRANSACTIONS = { ownTransactions: true };

/** Wraps the resolver of every mutation in withTransaction: one mutation, one transaction (unless it opens its own). */
export function transactionPerMutation(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.extensions.ownTransactions) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: RequestContext, info) =>
      withTransaction(ctx, async () => resolve(source, args, ctx, info));
  }
  return schema;
}

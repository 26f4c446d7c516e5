import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../core/context';
import { conflict } from '../core/errors';
import { withTransaction } from '../db/transaction';
import { rolledBackForAnother } from '../operations/failures';

/** How often a mutation runs whole when the database rolls it back for another one (a deadlock, a Galera certification failure). */
export const MUTATION_ATTEMPTS = 3;

/**
 * The extension a mutation carries (`@Extensions(OWN_TRANSACTIONS)`) when its service opens its
 * transactions itself with withTransaction, after what must come before one: slow work (a password
 * hash) that would hold a pooled connection, or a limit counted in the database, which takes a
 * pooled connection of its own that a transaction already holding one could wait for without end
 * once every connection is held so.
 */
export const OWN_TRANSACTIONS = { ownTransactions: true };

/**
 * Wraps the resolver of every mutation in withTransaction: one mutation, one transaction (unless it
 * opens its own). A transaction the database rolls back for another that met it runs again whole,
 * up to MUTATION_ATTEMPTS times, and is then answered CONFLICT: nothing of it was kept.
 */
export function transactionPerMutation(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.extensions.ownTransactions) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: RequestContext, info) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await withTransaction(ctx, async () => resolve(source, args, ctx, info));
        } catch (error) {
          if (!rolledBackForAnother(error)) throw error;
          // What the request cached from the rolled-back transaction is read again.
          ctx.loaders.clear();
          if (attempt >= MUTATION_ATTEMPTS)
            throw conflict('This change met another one at the same moment, each time it was tried; try again');
        }
      }
    };
  }
  return schema;
}

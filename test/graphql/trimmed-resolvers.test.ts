import 'reflect-metadata';
import { type ExecutionResult, execute, type GraphQLSchema, isObjectType, parse } from 'graphql';
import {
  Authorized,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { resolversTrimmed } from '../../server/graphql/trimmed-resolvers';

// The trimming of field resolvers on a schema of its own (no server, no database): what it drops,
// what it calls directly, and what keeps type-graphql's wrapper, the @Authorized checks above all.

interface Context {
  signedIn: boolean;
}

@ObjectType()
class Parcel {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  label!: string;

  /** A field whose resolver, in a class of its own, asks for a signed-in caller. */
  @Field(() => String)
  secret!: string;

  @Authorized()
  @Field(() => String)
  sealed!: string;
}

@Resolver(() => Parcel)
class ParcelResolver {
  @Query(() => Parcel)
  parcel(): Parcel {
    return Object.assign(new Parcel(), { id: 7, label: 'box', secret: 'inside', sealed: 'wax' });
  }

  @FieldResolver(() => String)
  shout(@Root() parcel: Parcel): string {
    return parcel.label.toUpperCase();
  }

  @FieldResolver(() => Boolean)
  signed(@Root() _parcel: Parcel, @Ctx() ctx: Context): boolean {
    return ctx.signedIn;
  }
}

/** A resolver of Parcel written later, in a class of its own: its field needs a signed-in caller. */
@Resolver(() => Parcel)
class ParcelSecretResolver {
  @Authorized()
  @FieldResolver(() => String)
  secret(@Root() parcel: Parcel): string {
    return parcel.secret;
  }
}

const RESOLVERS = [ParcelResolver, ParcelSecretResolver] as const;

async function schemaOf(
  trimWith: readonly (typeof ParcelResolver | typeof ParcelSecretResolver)[],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker: ({ context }: { context: Context }) => context.signedIn,
    validate: false,
  });
  return resolversTrimmed(schema, trimWith);
}

async function ask(schema: GraphQLSchema, fields: string, signedIn: boolean): Promise<ExecutionResult> {
  return execute({ schema, document: parse(`{ parcel { ${fields} } }`), contextValue: { signedIn } });
}

const fieldOf = (schema: GraphQLSchema, name: string) => {
  const type = schema.getType('Parcel');
  if (!isObjectType(type)) throw new Error('Parcel is not an object type of the schema');
  return type.getFields()[name];
};

describe('trimmed field resolvers', () => {
  it('drops the resolver of a field that only reads its property, and answers it the same', async () => {
    const schema = await schemaOf(RESOLVERS);
    expect(fieldOf(schema, 'label').resolve).toBeUndefined();
    expect((await ask(schema, 'id label', false)).data).toEqual({ parcel: { id: 7, label: 'box' } });
  });

  it('calls a method of its object and context directly, with the same answers', async () => {
    const schema = await schemaOf(RESOLVERS);
    expect(await ask(schema, 'shout signed', true)).toEqual({ data: { parcel: { shout: 'BOX', signed: true } } });
    expect(await ask(schema, 'signed', false)).toEqual({ data: { parcel: { signed: false } } });
  });

  it('keeps the check of a field marked @Authorized()', async () => {
    const schema = await schemaOf(RESOLVERS);
    expect(fieldOf(schema, 'sealed').resolve).toBeDefined();
    const refused = await ask(schema, 'sealed', false);
    expect(refused.errors?.[0].message).toMatch(/access denied/i);
    expect((await ask(schema, 'sealed', true)).data).toEqual({ parcel: { sealed: 'wax' } });
  });

  it('keeps the check of an @Authorized() field resolver of another class', async () => {
    const schema = await schemaOf(RESOLVERS);
    const refused = await ask(schema, 'secret', false);
    expect(refused.errors?.[0].message).toMatch(/access denied/i);
    expect((await ask(schema, 'secret', true)).data).toEqual({ parcel: { secret: 'inside' } });
  });

  it('keeps the check of a field resolver added to the schema but not to the list it is trimmed with', async () => {
    // The class is in the schema, yet the trimming was not told of it: its field must not become a
    // plain read of the property, which would answer the secret to anyone.
    const schema = await schemaOf([ParcelResolver]);
    const refused = await ask(schema, 'secret', false);
    expect(refused.errors?.[0].message).toMatch(/access denied/i);
    expect(refused.data).toBeNull();
  });
});

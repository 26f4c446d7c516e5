import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Officer } from '../officers/officer.entity';
import { openCasesLoader } from './application.loaders';

// What an officer holds of the cases: a field of Officer that the applications module answers (the
// officers module knows nothing of cases).

@Resolver(() => Officer)
export class OfficerCasesResolver {
  @FieldResolver(() => Int, {
    description: 'How many open cases the officer holds (deactivating one who holds any asks who takes them over).',
  })
  openCases(@Root() officer: Officer, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.of(openCasesLoader).load(officer.id);
  }
}

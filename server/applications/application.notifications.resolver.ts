import { Arg, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { Notification } from '../notifications/notification.entity';
import { notificationsLoader } from '../notifications/notification.loaders';
import { Application } from './application.entity';
import { resendNotification } from './application.notifications';

@Resolver(() => Application)
export class ApplicationNotificationsResolver {
  @FieldResolver(() => [Notification], {
    description: 'The text messages the applicant was sent about the case, oldest first.',
  })
  @Extensions(listCost({ rows: ASSUMED_MOST.notificationsOfCase }))
  notifications(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<Notification[]> {
    return ctx.loaders.of(notificationsLoader).load(a.id);
  }

  @Authorized()
  @Mutation(() => Notification, {
    description: 'A FAILED notification of a case in scope goes back to PENDING and is sent again.',
  })
  resendNotification(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Notification> {
    return resendNotification(ctx, id);
  }
}

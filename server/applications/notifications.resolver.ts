import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Extensions } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Notification } from '../notifications/notification.entity';
import { Application } from './application.entity';
import { resendNotification } from './notifications';
import { ASSUMED_MOST, listCost } from '../core/query-cost';

@Resolver(() => Application)
export class ApplicationNotificationsResolver {
  @FieldResolver(() => [Notification], { description: 'The text messages the applicant was sent about the case, oldest first.' })
  @Extensions(listCost({ rows: ASSUMED_MOST.notificationsOfCase }))
  notifications(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<Notification[]> {
    return ctx.loaders.notifications.load(a.id);
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'A FAILED notification of a case in scope goes back to PENDING and is sent again.' })
  resendNotification(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Notification> {
    return resendNotification(ctx, id);
  }
}

import { ResendButton } from '../../common/ResendButton';
import { useConsoleDataProvider } from '../../dataProvider';
import type { NotificationData } from './notifications';

/** Sends a text message the gateway refused after every attempt once more (resendNotification). */
export function ResendNotificationButton({ notification }: { notification: NotificationData }) {
  const dataProvider = useConsoleDataProvider();
  return (
    <ResendButton
      status={notification.status}
      resource="notifications"
      resend={() => dataProvider.resendNotification(notification.id)}
      messages="app.notifications"
      testId="resend-notification"
    />
  );
}

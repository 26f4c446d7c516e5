import { ResendButton } from '../../common/ResendButton';
import { useConsoleDataProvider } from '../../dataProvider';
import type { HallEventData } from './hallEvents';

/** Posts a status callback the online hall did not take after every attempt once more (resendHallEvent). */
export function ResendHallEventButton({ event }: { event: HallEventData }) {
  const dataProvider = useConsoleDataProvider();
  return (
    <ResendButton
      status={event.status}
      resource="hallEvents"
      resend={() => dataProvider.resendHallEvent(event.id)}
      messages="app.hall_events"
      testId="resend-hall-event"
    />
  );
}

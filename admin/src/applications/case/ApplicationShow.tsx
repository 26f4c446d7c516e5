import { ListButton, Show, TopToolbar } from 'react-admin';
import type { ApplicationRecord } from '../../dataProvider';
import { CasePage } from './CasePage';
import { CasePageTitle } from './CasePageTitle';
import { caseRefreshInterval } from './caseRefresh';

/**
 * The case page: the data, the registry check, the applicant's text messages and (for an online
 * case) the status callbacks to the hall on the left, the papers on the right, the open steps
 * above. While the latest record check waits for the registry, or a text message or a callback is
 * on its way, the case is asked again every two seconds until it is done (every 30 s while one
 * waits long to be tried again): one refresh for all (caseRefreshInterval).
 */
export function ApplicationShow() {
  return (
    <Show<ApplicationRecord>
      title={<CasePageTitle />}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
      component="div"
      queryOptions={{ refetchOnWindowFocus: true, refetchInterval: (query) => caseRefreshInterval(query.state.data) }}
    >
      <CasePage />
    </Show>
  );
}

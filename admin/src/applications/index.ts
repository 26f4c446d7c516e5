import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { lazyPage } from '../common/lazyPage';

// The applications resource: the queue (queue/), the case page (case/) and counter intake (intake/).
const ApplicationList = lazyPage(() => import('./queue/ApplicationList'), 'ApplicationList');
const ApplicationShow = lazyPage(() => import('./case/ApplicationShow'), 'ApplicationShow');
const ApplicationCreate = lazyPage(() => import('./intake/ApplicationCreate'), 'ApplicationCreate');

/** The queue, then the case page, fetched ahead once someone has signed in: the pages an officer opens first. */
export const preloadWork = () => ApplicationList.preload().then(ApplicationShow.preload);

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: FolderSharedIcon,
  recordRepresentation: 'referenceNo',
};

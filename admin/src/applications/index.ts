import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { lazyPage } from '../common/lazyPage';
import { ApplicationList } from './queue/ApplicationList';

// The applications resource: the queue (queue/), the case page (case/) and counter intake (intake/).
const ApplicationShow = lazyPage(() => import('./case/ApplicationShow'), 'ApplicationShow');
const ApplicationCreate = lazyPage(() => import('./intake/ApplicationCreate'), 'ApplicationCreate');

/** The case page, fetched ahead once someone has signed in (the queue, where an officer lands, comes with the sign-in page). */
export const preloadWork = () => ApplicationShow.preload();

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: FolderSharedIcon,
  recordRepresentation: 'referenceNo',
};

import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { ApplicationShow } from './case/ApplicationShow';
import { ApplicationCreate } from './intake/ApplicationCreate';
import { ApplicationList } from './queue/ApplicationList';

// The applications resource: the queue (queue/), the case page (case/) and counter intake (intake/).

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: FolderSharedIcon,
  recordRepresentation: 'referenceNo',
};

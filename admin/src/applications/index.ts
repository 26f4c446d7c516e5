import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: FolderSharedIcon,
  recordRepresentation: 'referenceNo',
};

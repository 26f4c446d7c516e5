import BadgeIcon from '@mui/icons-material/Badge';
import { lazyPage } from '../common/lazyPage';

const OfficerList = lazyPage(() => import('./OfficerList'), 'OfficerList');
const OfficerEdit = lazyPage(() => import('./OfficerEdit'), 'OfficerEdit');
const OfficerCreate = lazyPage(() => import('./OfficerCreate'), 'OfficerCreate');

export default {
  list: OfficerList,
  edit: OfficerEdit,
  create: OfficerCreate,
  icon: BadgeIcon,
  recordRepresentation: 'displayName',
};

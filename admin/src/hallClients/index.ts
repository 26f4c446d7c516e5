import HubIcon from '@mui/icons-material/Hub';
import { lazyPage } from '../common/lazyPage';

const HallClientList = lazyPage(() => import('./HallClientList'), 'HallClientList');
const HallClientEdit = lazyPage(() => import('./HallClientEdit'), 'HallClientEdit');
const HallClientCreate = lazyPage(() => import('./HallClientCreate'), 'HallClientCreate');

export default {
  list: HallClientList,
  edit: HallClientEdit,
  create: HallClientCreate,
  icon: HubIcon,
  recordRepresentation: 'name',
};

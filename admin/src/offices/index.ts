import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyPage } from '../common/lazyPage';

const OfficeList = lazyPage(() => import('./OfficeList'), 'OfficeList');
const OfficeEdit = lazyPage(() => import('./OfficeEdit'), 'OfficeEdit');
const OfficeCreate = lazyPage(() => import('./OfficeCreate'), 'OfficeCreate');

export default {
  list: OfficeList,
  edit: OfficeEdit,
  create: OfficeCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};

import ApartmentIcon from '@mui/icons-material/Apartment';
import { OfficeCreate } from './OfficeCreate';
import { OfficeEdit } from './OfficeEdit';
import { OfficeList } from './OfficeList';

export default {
  list: OfficeList,
  edit: OfficeEdit,
  create: OfficeCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};

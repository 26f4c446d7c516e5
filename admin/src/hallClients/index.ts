import HubIcon from '@mui/icons-material/Hub';
import { HallClientCreate } from './HallClientCreate';
import { HallClientEdit } from './HallClientEdit';
import { HallClientList } from './HallClientList';

export default {
  list: HallClientList,
  edit: HallClientEdit,
  create: HallClientCreate,
  icon: HubIcon,
  recordRepresentation: 'name',
};

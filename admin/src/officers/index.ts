import BadgeIcon from '@mui/icons-material/Badge';
import { OfficerCreate } from './OfficerCreate';
import { OfficerEdit } from './OfficerEdit';
import { OfficerList } from './OfficerList';

export default {
  list: OfficerList,
  edit: OfficerEdit,
  create: OfficerCreate,
  icon: BadgeIcon,
  recordRepresentation: 'displayName',
};

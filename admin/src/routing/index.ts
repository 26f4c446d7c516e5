import AltRouteIcon from '@mui/icons-material/AltRoute';
import { lazyPage } from '../common/lazyPage';

const RoutingRuleList = lazyPage(() => import('./RoutingRuleList'), 'RoutingRuleList');
const RoutingRuleEdit = lazyPage(() => import('./RoutingRuleEdit'), 'RoutingRuleEdit');
const RoutingRuleCreate = lazyPage(() => import('./RoutingRuleCreate'), 'RoutingRuleCreate');

export default {
  list: RoutingRuleList,
  edit: RoutingRuleEdit,
  create: RoutingRuleCreate,
  icon: AltRouteIcon,
  recordRepresentation: 'name',
};

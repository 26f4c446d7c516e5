import AltRouteIcon from '@mui/icons-material/AltRoute';
import { RoutingRuleCreate } from './RoutingRuleCreate';
import { RoutingRuleEdit } from './RoutingRuleEdit';
import { RoutingRuleList } from './RoutingRuleList';

export { RoutingSimulator } from './RoutingSimulator';
export default {
  list: RoutingRuleList,
  edit: RoutingRuleEdit,
  create: RoutingRuleCreate,
  icon: AltRouteIcon,
  recordRepresentation: 'name',
};

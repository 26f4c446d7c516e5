import { Create } from 'react-admin';
import { RoutingRuleForm } from './RoutingRuleForm';

export function RoutingRuleCreate() {
  return (
    <Create redirect="list">
      <RoutingRuleForm />
    </Create>
  );
}

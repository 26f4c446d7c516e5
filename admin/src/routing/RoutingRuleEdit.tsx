import { Edit } from 'react-admin';
import { RoutingRuleForm } from './RoutingRuleForm';

export function RoutingRuleEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <RoutingRuleForm />
    </Edit>
  );
}

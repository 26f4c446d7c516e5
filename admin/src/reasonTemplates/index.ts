import ShortTextIcon from '@mui/icons-material/ShortText';
import { lazyPage } from '../common/lazyPage';

const ReasonTemplateList = lazyPage(() => import('./ReasonTemplateList'), 'ReasonTemplateList');
const ReasonTemplateEdit = lazyPage(() => import('./ReasonTemplateEdit'), 'ReasonTemplateEdit');
const ReasonTemplateCreate = lazyPage(() => import('./ReasonTemplateCreate'), 'ReasonTemplateCreate');

export default {
  list: ReasonTemplateList,
  edit: ReasonTemplateEdit,
  create: ReasonTemplateCreate,
  icon: ShortTextIcon,
  recordRepresentation: 'text',
};

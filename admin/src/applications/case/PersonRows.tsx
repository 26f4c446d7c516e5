import { useTranslate } from 'react-admin';
import { formatDate } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { RegionName } from '../../common/RegionName';
import type { PersonFieldsFragment } from '../../generated/graphql';
import { DetailRows } from './DetailRows';

/** The subject or the agent: name, category, identity document, where they live, how to reach them. */
export function PersonRows({ person }: { person: PersonFieldsFragment }) {
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <DetailRows
      rows={[
        [translate('resources.applications.fields.subject.name'), person.name],
        [translate('resources.applications.fields.subjectCategory'), label('SubjectCategory', person.category)],
        [label('IdType', person.idType), person.idNumberMasked],
        [translate('app.intake.nationality'), person.nationality],
        [translate('app.case.birth_date'), person.birthDate ? formatDate(person.birthDate) : null],
        [
          translate('app.case.gender'),
          person.gender ? <span data-testid="gender">{label('Gender', person.gender)}</span> : null,
        ],
        [label('RegionBasis', 'DOMICILE'), person.domicileRegion ? <RegionName code={person.domicileRegion} /> : null],
        [
          label('RegionBasis', 'RESIDENCE'),
          person.residenceRegion ? <RegionName code={person.residenceRegion} /> : null,
        ],
        [
          translate('app.intake.days_in_china'),
          person.daysInChina != null ? (
            <span data-testid="days-in-china">{translate('app.case.days', { smart_count: person.daysInChina })}</span>
          ) : null,
        ],
        [translate('app.intake.phone'), person.phoneMasked],
      ]}
    />
  );
}

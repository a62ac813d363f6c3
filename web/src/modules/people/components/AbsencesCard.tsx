import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAbsences, useChangeAbsences } from '../availability-api';
import { AbsenceForm } from './AbsenceForm';
import { AbsencesTable } from './AbsencesTable';

/** A person's leave, training and other days away; HR enters and decides them. */
export function AbsencesCard({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const absences = useAbsences(personId);
  const { add } = useChangeAbsences();
  return (
    <Card title={t('absence.title')} size="small">
      {canWrite && (
        <AbsenceForm
          label={t('absence.add')}
          saving={add.isPending}
          onSubmit={(body) => add.mutateAsync({ personId, body })}
        />
      )}
      <ProblemAlert error={absences.error ?? add.error} />
      <AbsencesTable absences={absences.data} loading={absences.isFetching} canDecide={canWrite} />
    </Card>
  );
}

import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAbsenceInbox } from '../availability-api';
import { AbsencesTable } from './AbsencesTable';

/** Leave people asked for that waits for HR; shown only while there is some. */
export function LeaveInboxCard() {
  const { t } = useTranslation();
  const inbox = useAbsenceInbox();
  if (!inbox.error && !inbox.data?.length) return null;
  return (
    <Card title={t('absence.inbox')} size="small">
      <ProblemAlert error={inbox.error} />
      <AbsencesTable absences={inbox.data} loading={inbox.isFetching} canDecide showPerson />
    </Card>
  );
}

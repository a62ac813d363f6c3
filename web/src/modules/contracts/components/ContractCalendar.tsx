import { Calendar, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { useContracts } from '../api';
import { useObligationsDue } from '../clauses-api';

const obligationColors = { open: 'gold', met: 'green', missed: 'red' } as const;

/**
 * The month's contract ends, on the day each ends: what needs a decision to renew or let go;
 * and, for our own people, the obligations falling due.
 */
export function ContractCalendar() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(dayjs());
  const internal = !useMe().data?.party;
  const obligations = useObligationsDue(
    {
      dueFrom: month.startOf('month').format('YYYY-MM-DD'),
      dueBy: month.endOf('month').format('YYYY-MM-DD'),
    },
    internal,
  );
  const contracts = useContracts({
    endsFrom: month.startOf('month').format('YYYY-MM-DD'),
    endsBy: month.endOf('month').format('YYYY-MM-DD'),
    sort: 'endDate',
    limit: 200,
  });
  const endingOn = (day: Dayjs) =>
    (contracts.data?.items ?? []).filter((c) => c.endDate === day.format('YYYY-MM-DD'));
  const dueOn = (day: Dayjs) =>
    (obligations.data ?? []).filter((o) => o.dueDate === day.format('YYYY-MM-DD'));
  return (
    <>
      <ProblemAlert error={contracts.error ?? obligations.error} />
      <Calendar
        value={month}
        onPanelChange={(d) => setMonth(d)}
        onSelect={(d) => setMonth(d)}
        cellRender={(day, info) =>
          info.type === 'date' && (
            <>
              {endingOn(day).map((c) => (
                <div key={c.id}>
                  <Link to={`/contracts/${c.id}`}>
                    <Tag
                      color={c.partyType === 'client' ? 'blue' : 'purple'}
                      style={{ whiteSpace: 'normal' }}
                    >
                      {t('contract.ends', { number: c.number, title: c.title })}
                    </Tag>
                  </Link>
                </div>
              ))}
              {dueOn(day).map((o) => (
                <div key={o.id}>
                  <Link to={`/contracts/${o.contract.id}`}>
                    <Tag
                      color={obligationColors[o.overdue ? 'missed' : o.status]}
                      style={{ whiteSpace: 'normal' }}
                    >
                      {t('clause.dueTag', { number: o.contract.number, title: o.title })}
                    </Tag>
                  </Link>
                </div>
              ))}
            </>
          )
        }
      />
    </>
  );
}

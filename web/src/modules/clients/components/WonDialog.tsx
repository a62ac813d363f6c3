import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Opportunity } from '../opportunities-api';

/** Winning a deal offers to draft the client contract from it. */
export function WonDialog({
  opportunity,
  onClose,
}: {
  opportunity: Opportunity;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Modal
      open
      title={t('opportunity.wonTitle', { title: opportunity.title })}
      okText={t('opportunity.draftContract')}
      cancelText={t('opportunity.notNow')}
      onCancel={onClose}
      onOk={() => navigate(`/contracts?opportunity=${opportunity.id}`)}
    >
      {t('opportunity.wonBody')}
    </Modal>
  );
}

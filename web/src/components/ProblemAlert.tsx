import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shows a failed call in the user's language: by problem code when we know it. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'internal';
  const known = t(`problem.${code}`, { defaultValue: '' });
  const detail = error instanceof ApiError ? error.problem.detail : String(error);
  return (
    <Alert
      type="error"
      showIcon
      title={known || t('problem.generic')}
      description={known ? undefined : detail}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { formatMoney } from './money';

/** An amount in minor units, shown in the user's language with its currency. */
export function Money({ minor, currency }: { minor: number; currency: string }) {
  const { i18n } = useTranslation();
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(minor, currency, i18n.language)}
    </span>
  );
}

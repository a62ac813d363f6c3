import numberToWords from 'number-to-words';
import nzh from 'nzh';
import { majorString } from '../../../platform/money.ts';

/**
 * 价税合计（大写）as a fapiao prints it: 壹万贰仟叁佰肆拾伍元陆角柒分, 壹佰元整; a credit
 * note's negative total is marked 负数. Renminbi only: other currencies are written in words.
 */
export function amountInCapitals(minor: number, currency: string): string {
  if (currency !== 'CNY') return amountInWords(minor, currency);
  const capitals = nzh.cn.toMoney(majorString(Math.abs(minor), currency), {
    outSymbol: false,
    forceZheng: true,
  });
  return minor < 0 ? `（负数）${capitals}` : capitals;
}

/** The amount in English as invoices say it: "SAY CNY ONE HUNDRED AND CENTS FIVE ONLY". */
export function amountInWords(minor: number, currency: string): string {
  const [major = '0', fraction = ''] = majorString(Math.abs(minor), currency).split('.');
  const cents = Number(fraction || '0');
  const words = [
    minor < 0 ? 'MINUS' : '',
    currency,
    numberToWords.toWords(Number(major)).replaceAll(',', ''),
    cents > 0 ? `AND CENTS ${numberToWords.toWords(cents)}` : '',
    'ONLY',
  ];
  return `SAY ${words.filter(Boolean).join(' ').toUpperCase()}`;
}

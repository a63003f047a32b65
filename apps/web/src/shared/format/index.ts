export { formatDate, formatDateTime, localIsoDate, type DateInput } from './date.format';
export { formatFte } from './fte.format';
export { formatKroner } from './money.format';
export {
  formatInteger,
  formatNumber,
  formatPercent,
  MINUS_SIGN,
  MISSING_VALUE,
  NO_BREAK_SPACE,
  type NumberFormatOptions,
} from './number.format';

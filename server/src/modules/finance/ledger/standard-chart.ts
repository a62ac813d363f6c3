import type { AccountPurpose, AccountType } from './ledger.table.ts';

type ChartAccount = {
  code: string;
  nameZh: string;
  nameEn: string;
  type: AccountType;
  purpose?: AccountPurpose;
};

/**
 * The chart a workspace starts with: the accounts of China's enterprise accounting standards
 * (企业会计准则 appendix codes, which the small-business standard shares for these) that a
 * service company uses, with VAT split into output and input, and contract assets for
 * approved work not yet invoiced. Every account can be renamed, retired or added to.
 */
export const standardChart: readonly ChartAccount[] = [
  { code: '1001', nameZh: '库存现金', nameEn: 'Cash on hand', type: 'asset' },
  { code: '1002', nameZh: '银行存款', nameEn: 'Bank deposits', type: 'asset', purpose: 'bank' },
  {
    code: '1122',
    nameZh: '应收账款',
    nameEn: 'Accounts receivable',
    type: 'asset',
    purpose: 'receivable',
  },
  { code: '1123', nameZh: '预付账款', nameEn: 'Prepayments', type: 'asset' },
  {
    code: '1141',
    nameZh: '合同资产',
    nameEn: 'Contract assets (unbilled work)',
    type: 'asset',
    purpose: 'contract_asset',
  },
  { code: '1221', nameZh: '其他应收款', nameEn: 'Other receivables', type: 'asset' },
  { code: '1231', nameZh: '坏账准备', nameEn: 'Allowance for bad debts', type: 'asset' },
  { code: '1405', nameZh: '库存商品', nameEn: 'Inventory', type: 'asset' },
  { code: '1601', nameZh: '固定资产', nameEn: 'Fixed assets', type: 'asset' },
  { code: '1602', nameZh: '累计折旧', nameEn: 'Accumulated depreciation', type: 'asset' },
  { code: '2001', nameZh: '短期借款', nameEn: 'Short-term borrowings', type: 'liability' },
  {
    code: '2202',
    nameZh: '应付账款',
    nameEn: 'Accounts payable',
    type: 'liability',
    purpose: 'payable',
  },
  {
    code: '2203',
    nameZh: '预收账款',
    nameEn: 'Advances from clients',
    type: 'liability',
    purpose: 'advances_received',
  },
  { code: '2211', nameZh: '应付职工薪酬', nameEn: 'Payroll payable', type: 'liability' },
  {
    code: '222101',
    nameZh: '应交税费—应交增值税（销项税额）',
    nameEn: 'VAT payable — output tax',
    type: 'liability',
    purpose: 'vat_output',
  },
  {
    code: '222102',
    nameZh: '应交税费—应交增值税（进项税额）',
    nameEn: 'VAT payable — input tax',
    type: 'liability',
    purpose: 'vat_input',
  },
  {
    code: '2241',
    nameZh: '其他应付款',
    nameEn: 'Other payables',
    type: 'liability',
    purpose: 'expense_payable',
  },
  { code: '4001', nameZh: '实收资本', nameEn: 'Paid-in capital', type: 'equity' },
  { code: '4103', nameZh: '本年利润', nameEn: 'Profit for the year', type: 'equity' },
  {
    code: '4104',
    nameZh: '利润分配',
    nameEn: 'Retained earnings',
    type: 'equity',
    purpose: 'retained_earnings',
  },
  {
    code: '6001',
    nameZh: '主营业务收入',
    nameEn: 'Service revenue',
    type: 'revenue',
    purpose: 'revenue',
  },
  { code: '6051', nameZh: '其他业务收入', nameEn: 'Other operating revenue', type: 'revenue' },
  {
    code: '6061',
    nameZh: '汇兑损益',
    nameEn: 'Exchange gains and losses',
    type: 'revenue',
    purpose: 'fx_gain_loss',
  },
  {
    code: '640101',
    nameZh: '主营业务成本—人工成本',
    nameEn: 'Cost of services — labour',
    type: 'expense',
    purpose: 'labour_cost',
  },
  {
    code: '640102',
    nameZh: '主营业务成本—分包成本',
    nameEn: 'Cost of services — subcontracting',
    type: 'expense',
    purpose: 'subcontract_cost',
  },
  {
    code: '640103',
    nameZh: '主营业务成本—项目费用',
    nameEn: 'Cost of services — project expenses',
    type: 'expense',
    purpose: 'project_expense',
  },
  { code: '6403', nameZh: '税金及附加', nameEn: 'Taxes and surcharges', type: 'expense' },
  { code: '6601', nameZh: '销售费用', nameEn: 'Selling expenses', type: 'expense' },
  { code: '6602', nameZh: '管理费用', nameEn: 'Administrative expenses', type: 'expense' },
  { code: '6603', nameZh: '财务费用', nameEn: 'Financial expenses', type: 'expense' },
  {
    code: '6702',
    nameZh: '信用减值损失',
    nameEn: 'Credit impairment losses',
    type: 'expense',
    purpose: 'bad_debt',
  },
  { code: '6711', nameZh: '营业外支出', nameEn: 'Non-operating expenses', type: 'expense' },
  { code: '6801', nameZh: '所得税费用', nameEn: 'Income tax expense', type: 'expense' },
];

import type { Ctx } from '../../../platform/context.ts';
import { addDays, mondayOf } from '../../../platform/days.ts';
import { addDocument } from '../../../platform/documents/documents.service.ts';
import { listPeople } from '../../people/index.ts';
import { approveClaim } from './expense-approval.ts';
import { expenseLineDocuments } from './expense-documents.ts';
import { addLine, createClaim, submitClaim } from './expenses.service.ts';

/** A receipt's scan as the demo keeps it: a one-page PDF named after the receipt. */
const scan = (name: string) => ({
  fileName: `${name}.pdf`,
  bytes: new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  fields: {},
});

type Line = Parameters<typeof addLine>[2];
/** A line as the demo writes it, before the claim's version is known. */
type NewLine<L = Line> = L extends unknown ? Omit<L, 'version'> : never;

/**
 * The service desk's expenses: a worker's trip to the bank's Beijing branch approved (its
 * train and hotel re-billed to the bank, reimbursed to the subcontractor in the payment run),
 * another worker's spare keyboards waiting for the project manager, and the project manager's
 * own team dinner still a draft without its receipt.
 */
export async function seedExpenses(admin: Ctx, refs: { projectId: string; today: string }) {
  const people = (await listPeople(admin, { limit: 100 })).items;
  const personId = (name: string) => people.find((p) => p.name === name)?.id;
  // Days before this week's Monday: the trip falls in the period the second invoice run bills.
  const day = (n: number) => addDays(mondayOf(refs.today), n);
  const claim = async (name: string, title: string, lines: NewLine[]) => {
    let c = await createClaim(admin, {
      projectId: refs.projectId,
      title,
      personId: personId(name),
    });
    for (const line of lines)
      c = await addLine(admin, c.id, { ...line, version: c.version } as Line);
    for (const line of c.lines.filter((l) => l.category !== 'per_diem')) {
      await addDocument(
        admin,
        { owner: expenseLineDocuments, ownerId: line.id },
        scan(line.description),
        { category: 'receipt' },
      );
    }
    return c;
  };
  const trip = await claim('张磊', '华信银行北京分行上线支持', [
    {
      category: 'travel',
      day: day(-12),
      description: '高铁 上海虹桥—北京南 往返',
      currency: 'CNY',
      amountMinor: 110_600,
      taxMinor: 9_132,
      billable: true,
    },
    {
      category: 'accommodation',
      day: day(-12),
      description: '北京金融街 全季酒店 两晚',
      currency: 'CNY',
      amountMinor: 106_000,
      taxMinor: 6_000,
      billable: true,
    },
    {
      category: 'per_diem',
      day: day(-12),
      description: '出差补贴',
      location: '北京',
      days: 3,
      billable: false,
    },
  ]);
  const sent = await submitClaim(admin, trip.id, trip.version);
  await approveClaim(admin, trip.id, sent.version);
  const parts = await claim('吴芳', '服务台备用键鼠', [
    {
      category: 'equipment',
      day: day(-4),
      description: '罗技 MK275 键鼠套装 ×4',
      currency: 'CNY',
      amountMinor: 45_200,
      taxMinor: 5_200,
      billable: false,
    },
  ]);
  await submitClaim(admin, parts.id, parts.version);
  await createClaim(admin, { projectId: refs.projectId, title: '服务台团队月度复盘晚餐' }).then(
    (c) =>
      addLine(admin, c.id, {
        category: 'meals',
        day: day(-2),
        description: 'Team dinner after the monthly review',
        currency: 'CNY',
        amountMinor: 68_000,
        taxMinor: 0,
        billable: false,
        version: c.version,
      }),
  );
}

import { DateTime } from 'luxon';
import type { Ctx } from '../../../platform/context.ts';
import { createTemplate } from './evaluation-templates.service.ts';
import { createEvaluation, finalizeEvaluation, scoreEvaluation } from './evaluations.service.ts';

/** Scores per supplier, oldest quarter first, one row of five criteria per quarter. */
const history: number[][][] = [
  [
    [4, 3, 3, 4, 4],
    [4, 4, 3, 4, 5],
    [5, 4, 4, 4, 5],
  ],
  [[4, 4, 4, 3, 4]],
  [
    [3, 3, 3, 3, 4],
    [2, 2, 3, 2, 3],
  ],
];

/**
 * The standard template and a few finished quarterly reviews, scored by the admin and the
 * delivery manager, so the trend and the comparison have something to show.
 */
export async function seedEvaluations(admin: Ctx, colleague: Ctx, supplierIds: string[]) {
  const template = await createTemplate(admin, {
    name: '标准供应商季度评估',
    criteria: [
      { name: '质量', weight: 30, guidance: '5：交付物一次验收通过；1：反复返工' },
      { name: '交付', weight: 25, guidance: '5：里程碑全部按时；1：多数延期' },
      { name: '成本', weight: 15, guidance: '5：低于市场价且无意外；1：超支' },
      { name: '服务', weight: 15, guidance: '5：响应及时且主动；1：需多次升级' },
      { name: '合规', weight: 15, guidance: '5：证照齐全有效；1：存在违规' },
    ],
  });
  const thisQuarter = DateTime.fromJSDate(admin.clock.now(), { zone: 'utc' }).startOf('quarter');
  for (const [s, quarters] of history.entries()) {
    const supplierId = supplierIds[s] as string;
    for (const [q, values] of quarters.entries()) {
      const start = thisQuarter.minus({ quarters: quarters.length - q });
      const e = await createEvaluation(admin, supplierId, {
        templateId: template.id,
        kind: 'periodic',
        periodStart: start.toISODate() as string,
        periodEnd: start.endOf('quarter').toISODate() as string,
      });
      const scores = (shift: number) => ({
        scores: values.map((v, i) => ({
          criterion: `c${i + 1}`,
          score: Math.min(5, Math.max(1, v + shift)),
        })),
      });
      await scoreEvaluation(admin, supplierId, e.id, scores(0));
      const scored = await scoreEvaluation(colleague, supplierId, e.id, scores(q % 2 ? -1 : 0));
      await finalizeEvaluation(admin, supplierId, e.id, scored.version);
    }
  }
}

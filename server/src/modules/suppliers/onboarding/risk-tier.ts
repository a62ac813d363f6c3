import type { DueDiligence, RiskTier } from '../suppliers.table.ts';

const sensitivityPoints: Record<DueDiligence['dataSensitivity'], number> = {
  none: 0,
  internal: 1,
  confidential: 2,
  personal: 3,
};
const healthPoints: Record<DueDiligence['financialHealth'], number> = {
  strong: 0,
  adequate: 1,
  weak: 2,
};

/**
 * The risk tier from the due-diligence answers: points for the data the work touches (0–3),
 * access to the client's systems, passing work on to others, working offshore and weaker
 * finances (1 each, 2 for weak), minus one for a security certification. Up to 1 is low,
 * 2–3 medium, 4–5 high, 6 and more critical.
 */
export function deriveRiskTier(d: DueDiligence): RiskTier {
  const points =
    sensitivityPoints[d.dataSensitivity] +
    Number(d.accessToClientSystems) +
    Number(d.subcontractsFurther) +
    Number(d.worksOffshore) +
    healthPoints[d.financialHealth] -
    Number(d.securityCertified);
  if (points <= 1) return 'low';
  if (points <= 3) return 'medium';
  if (points <= 5) return 'high';
  return 'critical';
}

import { Button, Card, Checkbox, Input, Modal, Space, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Project, phases, useChangeProject } from '../api';

/**
 * Where the project stands in its lifecycle, and the gate to the next phase: tick the
 * checklist, or move on with a reason that the audit log keeps.
 */
export function PhaseCard({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const { gate, advance } = useChangeProject(project.id);
  const [reasonOpen, setReasonOpen] = useState(false);
  const [reason, setReason] = useState('');
  const current = phases.indexOf(project.phase as (typeof phases)[number]);
  const phase = phases[current];
  const checklist = phase ? Object.entries(project.gates[phase] ?? {}) : [];
  const open = checklist.some(([, done]) => !done);
  return (
    <Card title={t('project.lifecycle')} size="small">
      <Steps
        size="small"
        current={current === -1 ? phases.length : current}
        items={phases.map((p) => ({ title: t(`project.phase.${p}`) }))}
      />
      {phase && (
        <Space direction="vertical" style={{ marginTop: 16 }}>
          {checklist.map(([key, done]) => (
            <Checkbox
              key={key}
              checked={done}
              // Closure's items follow from the project's records; they are not ticked by hand.
              disabled={!canWrite || gate.isPending || phase === 'closure'}
              onChange={(e) =>
                gate.mutate({ phase, key, done: e.target.checked, version: project.version })
              }
            >
              {t(`project.gate.${key}`)}
            </Checkbox>
          ))}
          {canWrite && (
            <Button
              type="primary"
              loading={advance.isPending}
              onClick={() =>
                open ? setReasonOpen(true) : advance.mutate({ version: project.version })
              }
            >
              {phase === 'closure' ? t('project.close') : t('project.advance')}
            </Button>
          )}
          <ProblemAlert error={gate.error ?? advance.error} />
        </Space>
      )}
      <Modal
        open={reasonOpen}
        title={t('project.overrideTitle')}
        okButtonProps={{ disabled: reason.trim().length < 3 }}
        onCancel={() => setReasonOpen(false)}
        onOk={async () => {
          await advance.mutateAsync({ version: project.version, overrideReason: reason.trim() });
          setReasonOpen(false);
          setReason('');
        }}
      >
        <p>{t('project.overrideHint')}</p>
        <Input.TextArea
          aria-label={t('project.overrideReason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import type { ApiUserError } from '../../forms/userErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { ReviewDecision } from '../../gql/graphql';
import { organizes, useViewer } from '../../layout/viewer';
import '../../forms/i18n';
import './i18n';

export const DeclareCompetitionMutation = graphql(`
  mutation DeclareCompetition($id: ID!) {
    declareCompetition(id: $id) {
      competition {
        id
        approval {
          status
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReviewCompetitionMutation = graphql(`
  mutation ReviewCompetition($input: ReviewCompetitionInput!) {
    reviewCompetition(input: $input) {
      competition {
        id
        approval {
          status
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Longest review note the API takes (CompetitionApprovals.MAX_NOTE). */
const maxNote = 1000;

const statusColors: Record<string, string> = { NOT_DECLARED: 'default', DECLARED: 'processing', RETURNED: 'warning', APPROVED: 'success' };
const decisionColors: Record<string, string> = { APPROVE: 'green', RECOMMEND: 'blue', RETURN: 'red' };

interface OrganizationLine {
  id: string;
  name: string;
  ancestors: readonly { id: string }[];
}

/** What the card reads of a LABOR competition (CompetitionQuery gives it). */
export interface ApprovalCompetition {
  id: string;
  name: string;
  status: string;
  organization: OrganizationLine;
  approval: {
    status: string;
    pendingAt?: (OrganizationLine & { parent?: { id: string; name: string } | null }) | null;
    approvedBy?: { id: string; name: string } | null;
    reviews: readonly {
      organization: { id: string; name: string };
      decision: string;
      reviewer: string;
      note?: string | null;
      decidedAt: string;
    }[];
  };
}

/** An approval status in words, with its colour: 未申报, 已申报待审核, 已退回, 已批准纳入管理. */
export function ApprovalTag({ status }: { status: string }) {
  const { t } = useTranslation('competitions');
  return <Tag color={statusColors[status]}>{t(`approval.status.${status}`, { defaultValue: status })}</Tag>;
}

/** A review's time as the reader writes it: 2026-03-05 14:30. */
function decidedAt(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * 申报与审核 of a labor competition (劳动竞赛项目制管理): where the approval stands, where it waits or who took it into
 * management, every decision so far as a timeline; 申报 for the competition's organizers while it is a draft not
 * declared (or returned); 批准纳入管理, 推荐上报 and 退回 for the organizers of the organization where it waits.
 */
export function ApprovalCard({ competition, onChanged }: { competition: ApprovalCompetition; onChanged: () => void }) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const viewer = useViewer();
  const { modal, message } = App.useApp();
  const [, declare] = useMutation(DeclareCompetitionMutation);
  const [deciding, setDeciding] = useState<ReviewDecision>();
  const [problem, setProblem] = useState<string>();
  const { approval } = competition;
  const pendingAt = approval.status === 'DECLARED' ? approval.pendingAt : null;

  const mayDeclare =
    organizes(viewer, competition.organization) && competition.status === 'DRAFT' && (approval.status === 'NOT_DECLARED' || approval.status === 'RETURNED');
  const mayReview = !!pendingAt && organizes(viewer, pendingAt);

  function confirmDeclare() {
    modal.confirm({
      title: t('approval.declareTitle', { name: competition.name }),
      content: t('approval.declareBody'),
      okText: t('approval.declareOk'),
      cancelText: t('detail.cancel'),
      onOk: async () => {
        setProblem(undefined);
        const result = await declare({ id: competition.id });
        const errors = result.data?.declareCompetition.userErrors ?? [];
        if (result.error || errors.length) {
          setProblem(result.error ? requestFailure(result.error, tf) : errors.map((e) => e.message).join('\n'));
          return;
        }
        const status = result.data?.declareCompetition.competition?.approval.status ?? 'DECLARED';
        void message.success(t(status === 'APPROVED' ? 'approval.declaredApproved' : 'approval.declared'));
        onChanged();
      },
    });
  }

  return (
    <Card title={t('approval.title')} extra={<ApprovalTag status={approval.status} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {approval.status === 'DECLARED' && approval.pendingAt && (
          <Descriptions size="small" items={[{ key: 'pendingAt', label: t('approval.pendingAt'), children: approval.pendingAt.name }]} />
        )}
        {approval.status === 'APPROVED' && approval.approvedBy && (
          <Descriptions size="small" items={[{ key: 'approvedBy', label: t('approval.approvedBy'), children: approval.approvedBy.name }]} />
        )}
        <Typography.Text type="secondary">{t(`approval.help.${approval.status}`, { defaultValue: '' })}</Typography.Text>

        {problem && <Alert type="error" showIcon closable title={t('approval.refused')} description={problem} onClose={() => setProblem(undefined)} />}

        <Typography.Text strong>{t('approval.reviews')}</Typography.Text>
        {approval.reviews.length === 0 ? (
          <Typography.Text type="secondary">{t('approval.noReviews')}</Typography.Text>
        ) : (
          <Timeline
            items={approval.reviews.map((review, i) => ({
              key: i,
              color: decisionColors[review.decision] ?? 'gray',
              content: (
                <Space orientation="vertical" size={0}>
                  <Space wrap size={4}>
                    <Typography.Text strong>{review.organization.name}</Typography.Text>
                    <Tag color={decisionColors[review.decision]}>{t(`approval.decision.${review.decision}`, { defaultValue: review.decision })}</Tag>
                  </Space>
                  <Typography.Text type="secondary">
                    {t('approval.reviewedBy', { reviewer: review.reviewer, at: decidedAt(review.decidedAt, language) })}
                  </Typography.Text>
                  {review.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{review.note}</Typography.Paragraph>}
                </Space>
              ),
            }))}
          />
        )}

        {(mayDeclare || mayReview) && (
          <Space wrap>
            {mayDeclare && (
              <Button type="primary" autoInsertSpace={false} onClick={confirmDeclare}>
                {t('approval.declare')}
              </Button>
            )}
            {mayReview && (
              <>
                <Button type="primary" onClick={() => setDeciding('APPROVE')}>
                  {t('approval.approve')}
                </Button>
                {pendingAt?.parent && <Button onClick={() => setDeciding('RECOMMEND')}>{t('approval.recommend', { parent: pendingAt.parent.name })}</Button>}
                <Button danger autoInsertSpace={false} onClick={() => setDeciding('RETURN')}>
                  {t('approval.return')}
                </Button>
              </>
            )}
          </Space>
        )}
      </Space>
      {deciding && pendingAt && (
        <ReviewModal
          competition={competition}
          decision={deciding}
          reviewing={pendingAt}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

/**
 * One review decision, with the reviewer's note (审核意见): required to return the declaration (the declaring
 * organization changes its plan by it), optional otherwise. A refusal stays in the dialog, under the field it names.
 */
function ReviewModal({
  competition,
  decision,
  reviewing,
  onClose,
  onDecided,
}: {
  competition: ApprovalCompetition;
  decision: ReviewDecision;
  reviewing: { name: string; parent?: { name: string } | null };
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, review] = useMutation(ReviewCompetitionMutation);
  const key = decision.toLowerCase();

  async function send({ note }: { note: string }) {
    setOthers([]);
    const result = await review({ input: { competitionId: competition.id, decision, note: note.trim() || null } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors: readonly ApiUserError[] = result.data?.reviewCompetition.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t(`approval.${key}Done`, { name: competition.name, parent: reviewing.parent?.name ?? '' }));
    onDecided();
  }

  return (
    <Modal
      open
      title={t(`approval.${key}Title`, { name: competition.name, organization: reviewing.name, parent: reviewing.parent?.name ?? '' })}
      okText={t(`approval.${key}Ok`)}
      cancelText={t('detail.cancel')}
      okButtonProps={{ danger: decision === 'RETURN', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`approval.${key}Body`, { organization: reviewing.name, parent: reviewing.parent?.name ?? '' })}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('approval.refused')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ note: '' }} onFinish={(values) => void send(values)}>
        <Form.Item
          name="note"
          label={t('approval.note')}
          rules={decision === 'RETURN' ? [{ required: true, whitespace: true, message: t('approval.noteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={maxNote} showCount placeholder={t(decision === 'RETURN' ? 'approval.returnPlaceholder' : 'approval.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import i18n, { type English } from '../../i18n';

/** Texts of the public certificate verification page (namespace `verify`), opened from a certificate's QR code. */
const zhCN = {
  title: '证书核验',
  intro: '本页核验比武平台颁发的证书：无需登录。持证人姓名只显示第一个字。',
  checking: '正在核验',
  valid: '证书有效',
  revoked: '证书已撤销',
  revokedHint: '该证书已由颁发单位撤销，不再有效。',
  notFound: '查无此证书',
  notFoundHint: '编号 {{number}} 不是本平台颁发的证书编号。请核对证书上的编号。',
  failed: '暂时无法核验，请稍后再试',
  number: '证书编号',
  holder: '持证人',
  kind: '证书类别',
  kindName: { AWARD: '竞赛奖项', SKILL_LEVEL: '技能等级', TITLE: '荣誉称号' },
  certificateTitle: '证书内容',
  competition: '竞赛',
  event: '赛项',
  issuer: '颁发单位',
  issuedAt: '颁发时间',
};

const en: English<typeof zhCN> = {
  title: 'Certificate verification',
  intro: 'This page verifies a certificate issued on the Biwu platform, without signing in. Only the first character of the holder’s name is shown.',
  checking: 'Verifying',
  valid: 'The certificate is valid',
  revoked: 'The certificate was revoked',
  revokedHint: 'The issuer revoked this certificate: it is no longer valid.',
  notFound: 'No such certificate',
  notFoundHint: '{{number}} is not the number of a certificate issued here. Check the number printed on the certificate.',
  failed: 'The certificate cannot be verified just now; try again later',
  number: 'Certificate number',
  holder: 'Holder',
  kind: 'Kind',
  kindName: { AWARD: 'Competition award', SKILL_LEVEL: 'Skill level', TITLE: 'Honorary title' },
  certificateTitle: 'States',
  competition: 'Competition',
  event: 'Event',
  issuer: 'Issued by',
  issuedAt: 'Issued at',
};

i18n.addResourceBundle('zh-CN', 'verify', zhCN, true, true);
i18n.addResourceBundle('en', 'verify', en, true, true);

import { type DialectSql, sqlMigration } from './sql-migration';

// Reasons administrators word once for officers to pick (要求补正, 不予受理), with a first set.
const FIRST: [string, string, number][] = [
  ['SUPPLEMENT', '身份证件扫描件不清晰，请重新上传清晰完整的证件正反面', 10],
  ['SUPPLEMENT', '缺少委托书或受托人身份证件，请补充提交', 20],
  ['SUPPLEMENT', '证件已过有效期，请提交有效期内的证件', 30],
  ['SUPPLEMENT', '申请表未签名或信息填写不完整，请补充', 40],
  ['NOT_ACCEPTED', '申请事项不属于本机关职责范围', 10],
  ['NOT_ACCEPTED', '申请人未能提供有效身份证明', 20],
  ['NOT_ACCEPTED', '申请用途不属于出具无犯罪记录证明的情形', 30],
];
const values = (at: string) =>
  FIRST.map(([kind, text, position]) => `('${kind}', '${text}', 1, ${position}, ${at}, ${at})`).join(', ');
const columns = (quote: string) =>
  `(${['kind', 'text', 'active', 'position', 'createdAt', 'updatedAt'].map((c) => `${quote}${c}${quote}`).join(', ')})`;

const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "reason_template" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(40) NOT NULL, "text" varchar(500) NOT NULL, "active" boolean NOT NULL, "position" integer NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL)',
      'CREATE INDEX "ix_reason_template_kind" ON "reason_template" ("kind", "active", "position") ',
      `INSERT INTO "reason_template" ${columns('"')} VALUES ${values("strftime('%Y-%m-%d %H:%M:%f', 'now')")}`,
    ],
    down: ['DROP INDEX "ix_reason_template_kind"', 'DROP TABLE "reason_template"'],
  },
  mysql: {
    up: [
      'CREATE TABLE `reason_template` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(40) NOT NULL, `text` varchar(500) NOT NULL, `active` tinyint NOT NULL, `position` int NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `ix_reason_template_kind` (`kind`, `active`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      `INSERT INTO \`reason_template\` ${columns('`')} VALUES ${values('NOW(3)')}`,
    ],
    down: ['DROP TABLE `reason_template`'],
  },
};

export const ReasonTemplates1797100000000 = sqlMigration('ReasonTemplates1797100000000', SQL);

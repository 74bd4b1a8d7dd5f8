// Communes and provinces of a deployment, for scripted roll-outs (`npm run tenant -- …`, which
// finds the database like `npm run verify-receipts`; or `node api/dist/tenant/tenant.cli.js …`
// with DATABASE_URL):
//   create <commune code> [--admin <email> --admin-name "<full name>"]
//   create-province <province code> [--admin <email> --admin-name "<full name>"]
//   suspend <code> | resume <code>
//   list
// Codes come from the official list of administrative units (api/data). Re-running `create` for
// a code that already exists changes nothing and says so (exit code 0); an unknown code or an
// invalid email is an error (exit code 1). Messages are Vietnamese.
import { loadDatabaseConfig } from '../config.js';
import { initOrm } from '../db/orm.js';
import { AppError } from '../common/errors.js';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { communeByCode, provinceByCode } from './admin-units.js';
import { Tenant } from './tenant.entity.js';
import { TenantLevel, TenantStatus } from './tenant.enums.js';
import {
  createCommuneRecord,
  createProvinceRecord,
  listTenantRecords,
  setTenantStatusRecord,
  type CreatedTenant,
  type FirstAdmin,
} from './tenant.service.js';
import { formatDateTimeVi } from '../common/text.js';

const USAGE = `Cách dùng / usage:
  npm run tenant -- create <mã xã> [--admin <email> --admin-name "<họ tên>"]
  npm run tenant -- create-province <mã tỉnh> [--admin <email> --admin-name "<họ tên>"]
  npm run tenant -- suspend <mã> | resume <mã>
  npm run tenant -- list`;

const CLI_ACTOR: AuditActor = { id: null, name: `${SYSTEM_ACTOR.name} (dòng lệnh)` };

function parse(argv: string[]): { command: string; code: string; options: Map<string, string> } {
  const [command = '', ...rest] = argv;
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      options.set(key, inline ?? rest[++i] ?? '');
    } else positional.push(a);
  }
  return { command, code: positional[0] ?? '', options };
}

function firstAdminOf(options: Map<string, string>): FirstAdmin | null {
  const email = options.get('admin');
  if (email === undefined) return null;
  return { email, fullName: options.get('admin-name') ?? '' };
}

function describe(t: Tenant): string {
  const level = t.level === TenantLevel.PROVINCE ? 'tỉnh' : 'xã  ';
  const status = t.status === TenantStatus.SUSPENDED ? ' [tạm ngừng]' : '';
  return `${t.code.padEnd(6)} ${level} ${t.name} — ${t.province}${status}`;
}

/** What was created, and the first administrator's one-time link (also sent by email). */
function report({ tenant, invitation }: CreatedTenant): void {
  console.log(`Đã tạo: ${describe(tenant)}`);
  if (invitation?.link) {
    console.log(`Lời mời quản trị viên (đã gửi email, dùng một lần): ${invitation.link}`);
    console.log(`Hết hạn lúc: ${formatDateTimeVi(invitation.expiresAt)}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { command, code, options } = parse(argv);
  if (!['create', 'create-province', 'suspend', 'resume', 'list'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (command !== 'list' && !code) {
    console.error(`Thiếu mã đơn vị hành chính.\n${USAGE}`);
    return 2;
  }
  const config = loadDatabaseConfig();
  const orm = await initOrm({ databaseUrl: config.databaseUrl });
  const em = orm.em.fork();
  const now = new Date();
  try {
    if (command === 'list') {
      const tenants = await listTenantRecords(em);
      if (!tenants.length) console.log('Chưa có xã/phường nào.');
      for (const t of tenants) console.log(describe(t));
      return 0;
    }
    if (command === 'suspend' || command === 'resume') {
      const t = await setTenantStatusRecord(em, {
        code,
        status: command === 'suspend' ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE,
        actor: CLI_ACTOR,
        now,
      });
      console.log(`${command === 'suspend' ? 'Đã tạm ngừng' : 'Đã mở lại'}: ${describe(t)}`);
      return 0;
    }
    const existing = await em.findOne(Tenant, { code: code.trim() });
    if (existing) {
      console.log(`Đã có từ trước, không tạo lại: ${describe(existing)}`);
      return 0;
    }
    if (command === 'create-province') {
      if (!provinceByCode(code)) {
        console.error(`Không có tỉnh/thành phố mã "${code}" trong danh mục đơn vị hành chính.`);
        return 1;
      }
      const created = await createProvinceRecord(em, {
        code,
        firstAdmin: firstAdminOf(options),
        actor: CLI_ACTOR,
        now,
        adminUrl: config.adminUrl,
      });
      report(created);
      return 0;
    }
    if (!communeByCode(code)) {
      console.error(`Không có xã/phường mã "${code}" trong danh mục đơn vị hành chính.`);
      return 1;
    }
    const created = await createCommuneRecord(em, {
      code,
      provinceCode: null,
      firstAdmin: firstAdminOf(options),
      actor: CLI_ACTOR,
      now,
      adminUrl: config.adminUrl,
    });
    report(created);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      const fieldErrors = err.extensions.fieldErrors as Record<string, string> | undefined;
      console.error(
        fieldErrors ? Object.values(fieldErrors).join('\n') : err.message || String(err),
      );
      return 1;
    }
    throw err;
  } finally {
    await orm.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

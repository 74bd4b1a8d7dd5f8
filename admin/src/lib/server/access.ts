import { error } from '@sveltejs/kit';
import {
  isCouncilMember,
  isHub,
  mayEditContent,
  mayManageAccounts,
  mayRecordInPerson,
  maySeeContent,
  mayManageCommunes,
  mayManageCommuneSettings,
} from '$lib/roles';

type Locals = Pick<App.Locals, 'viewer'>;

/** Pages of the hub (imports, outbox, audit log): refused to everyone else. */
export function requireHub(locals: Locals): void {
  if (!isHub(locals.viewer)) {
    error(403, {
      message: 'Chỉ cơ quan đầu mối (Phòng Văn hóa – Xã hội) và quản trị viên được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** In-person intake: reception officers and the hub. */
export function requireReception(locals: Locals): void {
  if (!mayRecordInPerson(locals.viewer)) {
    error(403, {
      message: 'Chỉ cán bộ tiếp nhận và cơ quan đầu mối được ghi nhận ý tưởng trực tiếp.',
      code: 'FORBIDDEN',
    });
  }
}

/** Council scoring: the members of a council, and the hub who follows every review. */
export function requireReviewer(locals: Locals): void {
  if (!isHub(locals.viewer) && !isCouncilMember(locals.viewer)) {
    error(403, {
      message: 'Chỉ thành viên Hội đồng tư vấn và cơ quan đầu mối được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** Content screens: editors and administrators write, the hub reads. */
export function requireContentReader(locals: Locals): void {
  if (!maySeeContent(locals.viewer)) {
    error(403, {
      message: 'Chỉ biên tập viên, cơ quan đầu mối và quản trị viên được dùng trang nội dung.',
      code: 'FORBIDDEN',
    });
  }
}

/** Changing content: editors and administrators. */
export function requireContentEditor(locals: Locals): void {
  if (!mayEditContent(locals.viewer)) {
    error(403, {
      message: 'Chỉ biên tập viên và quản trị viên được thay đổi nội dung.',
      code: 'FORBIDDEN',
    });
  }
}

/** The province's communes: province administrators. */
export function requireProvinceAdmin(locals: Locals): void {
  if (!mayManageCommunes(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên cấp tỉnh được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** A commune's own settings: its administrators. */
export function requireCommuneAdmin(locals: Locals): void {
  if (!mayManageCommuneSettings(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên của xã được dùng trang này.',
      code: 'FORBIDDEN',
    });
  }
}

/** Staff accounts: the commune's administrators. */
export function requireAccountManager(locals: Locals): void {
  if (!mayManageAccounts(locals.viewer)) {
    error(403, {
      message: 'Chỉ quản trị viên của xã được quản lý tài khoản cán bộ.',
      code: 'FORBIDDEN',
    });
  }
}

import { registerEnumType } from 'type-graphql';
import {
  isStaff,
  mayFileDataRequest,
  mayHandleDataRequests,
  mayImportIdeas,
  mayManageAccounts,
  mayManageApiKeys,
  mayManageAwards,
  mayManageCampaigns,
  mayManageOrganisation,
  mayManageCouncils,
  mayManagePilots,
  mayManageRights,
  mayPublishIdeas,
  mayReadAuditLog,
  mayReadContentDrafts,
  mayReadOutbox,
  mayRecordInPerson,
  mayTriage,
  mayWriteContent,
  mayManageCommunes,
  mayManageCommuneSettings,
  hasRole,
  mayActForUnit,
  mayManageMovement,
  unitNewsDesk,
  type Viewer,
} from '../common/access.js';
import type { Idea } from '../idea/idea.entity.js';
import { Role } from '../common/roles.js';

/**
 * What a staff member may do, as the apps need to know it to show or hide a screen. The API still
 * checks every call; this only spares the apps from re-implementing the rules of common/access.ts.
 */
export enum Permission {
  TRIAGE = 'TRIAGE',
  PUBLISH_IDEAS = 'PUBLISH_IDEAS',
  IMPORT_IDEAS = 'IMPORT_IDEAS',
  READ_OUTBOX = 'READ_OUTBOX',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  RECORD_IN_PERSON = 'RECORD_IN_PERSON',
  SCORE = 'SCORE',
  MANAGE_COUNCILS = 'MANAGE_COUNCILS',
  MANAGE_PILOTS = 'MANAGE_PILOTS',
  MANAGE_AWARDS = 'MANAGE_AWARDS',
  MANAGE_RIGHTS = 'MANAGE_RIGHTS',
  HANDLE_DATA_REQUESTS = 'HANDLE_DATA_REQUESTS',
  FILE_DATA_REQUESTS = 'FILE_DATA_REQUESTS',
  EDIT_CONTENT = 'EDIT_CONTENT',
  SEE_CONTENT = 'SEE_CONTENT',
  MANAGE_COMMUNES = 'MANAGE_COMMUNES',
  MANAGE_COMMUNE_SETTINGS = 'MANAGE_COMMUNE_SETTINGS',
  MANAGE_ACCOUNTS = 'MANAGE_ACCOUNTS',
  MANAGE_API_KEYS = 'MANAGE_API_KEYS',
  MANAGE_ORGANISATION = 'MANAGE_ORGANISATION',
  MANAGE_CAMPAIGNS = 'MANAGE_CAMPAIGNS',
  MANAGE_MOVEMENT = 'MANAGE_MOVEMENT',
  ACT_FOR_UNIT = 'ACT_FOR_UNIT',
  DRAFT_UNIT_NEWS = 'DRAFT_UNIT_NEWS',
}
registerEnumType(Permission, {
  name: 'Permission',
  description:
    'Việc cán bộ được làm, tính từ vai trò và đơn vị theo đúng quy tắc API áp dụng (API vẫn kiểm tra mọi thao tác)',
  valuesConfig: {
    TRIAGE: { description: 'Phân loại, xử lý ý tưởng của cả xã' },
    PUBLISH_IDEAS: { description: 'Công khai, thôi công khai ý tưởng' },
    IMPORT_IDEAS: { description: 'Nhập ý tưởng từ bảng tính' },
    READ_OUTBOX: { description: 'Xem hộp thư đi' },
    READ_AUDIT_LOG: { description: 'Xem nhật ký thao tác' },
    RECORD_IN_PERSON: { description: 'Ghi nhận ý tưởng nộp trực tiếp' },
    SCORE: { description: 'Chấm điểm ý tưởng trong Hội đồng' },
    MANAGE_COUNCILS: { description: 'Thành lập Hội đồng, bộ tiêu chí, phân công đánh giá' },
    MANAGE_PILOTS: { description: 'Hỗ trợ, thử nghiệm, ứng dụng, nhân rộng' },
    MANAGE_AWARDS: { description: 'Khen thưởng, vinh danh' },
    MANAGE_RIGHTS: { description: 'Quyền tác giả, tranh chấp, đồng tác giả' },
    HANDLE_DATA_REQUESTS: { description: 'Xử lý yêu cầu về dữ liệu cá nhân' },
    FILE_DATA_REQUESTS: {
      description: 'Ghi nhận yêu cầu về dữ liệu cá nhân cho người đến trực tiếp',
    },
    EDIT_CONTENT: { description: 'Viết, đăng tin bài, trang, băng-rôn, thư viện ảnh' },
    SEE_CONTENT: { description: 'Xem tin bài, kể cả bản nháp' },
    MANAGE_COMMUNES: { description: 'Tạo và theo dõi các xã của tỉnh (cấp tỉnh)' },
    MANAGE_COMMUNE_SETTINGS: {
      description:
        'Thiết lập thông tin của xã, người ký văn bản, thông báo bảo vệ dữ liệu, mẫu thông báo',
    },
    MANAGE_ACCOUNTS: { description: 'Quản lý tài khoản cán bộ: mời, phân vai trò, khóa' },
    MANAGE_API_KEYS: { description: 'Cấp và thu hồi khóa API cho đối tác' },
    MANAGE_ORGANISATION: { description: 'Quản lý đơn vị, đầu mối tiếp nhận' },
    MANAGE_CAMPAIGNS: { description: 'Quản lý lĩnh vực, phong trào và giai đoạn' },
    MANAGE_MOVEMENT: {
      description:
        'Chỉ tiêu, bảng điểm thi đua, kế hoạch và kiến nghị của các đơn vị, bảng số liệu',
    },
    ACT_FOR_UNIT: {
      description:
        'Thủ trưởng: kế hoạch, hoạt động, kiến nghị, thử nghiệm, chỉ tiêu và bảng điểm của đơn vị mình',
    },
    DRAFT_UNIT_NEWS: { description: 'Soạn tin của đơn vị chờ biên tập viên của xã duyệt' },
  },
});

/** An idea filed with the viewer's own unit: what a unit's staff may act on. */
function ideaOfOwnUnit(tenantId: string, unitId: string | null) {
  return {
    tenant: { id: tenantId },
    unit: unitId ? { id: unitId } : null,
    supportExpert: null,
    supportUnit: null,
  } as unknown as Pick<Idea, 'tenant' | 'unit' | 'supportExpert' | 'supportUnit'>;
}

/**
 * The permissions of a viewer, each decided by the rule of common/access.ts that guards the same
 * operations (rules that depend on an idea or a reception point are asked about the viewer's own
 * unit). Anonymous callers have none.
 */
export function permissionsOf(viewer: Viewer): Permission[] {
  // A session that must first enrol TOTP may do nothing else.
  if (!isStaff(viewer) || viewer.twoFactorEnrolmentRequired) return [];
  const rules: Record<Permission, boolean> = {
    TRIAGE: mayTriage(viewer),
    PUBLISH_IDEAS: mayPublishIdeas(viewer),
    IMPORT_IDEAS: mayImportIdeas(viewer),
    READ_OUTBOX: mayReadOutbox(viewer),
    READ_AUDIT_LOG: mayReadAuditLog(viewer),
    RECORD_IN_PERSON: mayRecordInPerson(viewer, { unitId: viewer.unitId ?? '', officerIds: [] }),
    // Scoring is per council (review.service checks the membership); the role opens the screen.
    SCORE: hasRole(viewer, Role.COUNCIL_MEMBER),
    MANAGE_COUNCILS: mayManageCouncils(viewer),
    MANAGE_PILOTS: mayManagePilots(viewer),
    MANAGE_AWARDS: mayManageAwards(viewer),
    MANAGE_RIGHTS: mayManageRights(viewer),
    HANDLE_DATA_REQUESTS: mayHandleDataRequests(viewer),
    FILE_DATA_REQUESTS: mayFileDataRequest(viewer, ideaOfOwnUnit(viewer.tenantId, viewer.unitId)),
    EDIT_CONTENT: mayWriteContent(viewer),
    SEE_CONTENT: mayReadContentDrafts(viewer),
    MANAGE_COMMUNES: mayManageCommunes(viewer),
    MANAGE_COMMUNE_SETTINGS: mayManageCommuneSettings(viewer),
    MANAGE_ACCOUNTS: mayManageAccounts(viewer),
    MANAGE_API_KEYS: mayManageApiKeys(viewer),
    MANAGE_ORGANISATION: mayManageOrganisation(viewer),
    MANAGE_CAMPAIGNS: mayManageCampaigns(viewer),
    MANAGE_MOVEMENT: mayManageMovement(viewer),
    ACT_FOR_UNIT:
      hasRole(viewer, Role.UNIT_HEAD) && !!viewer.unitId && mayActForUnit(viewer, viewer.unitId),
    DRAFT_UNIT_NEWS: unitNewsDesk(viewer) !== null && !mayWriteContent(viewer),
  };
  return Object.values(Permission).filter((p) => rules[p]);
}

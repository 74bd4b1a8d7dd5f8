import { Kind, type OperationDefinitionNode } from 'graphql';
import { isStaff } from '../common/access.js';
import { AppError, ErrorCode } from '../common/errors.js';
import type { Context } from '../context.js';

/** What a session that must first enrol TOTP may still run. */
const ENROLMENT_OPERATIONS = new Set([
  '__typename',
  'viewer',
  'logout',
  'startTwoFactorEnrolment',
  'confirmTwoFactorEnrolment',
  // Their own sessions: seeing and ending them gives nothing away.
  'mySessions',
  'endSession',
  'endOtherSessions',
]);

/**
 * When the commune requires TOTP of an ADMIN or HUB account that has none, its session may only
 * enrol: any other root field is refused with TWO_FACTOR_REQUIRED before anything runs.
 */
export function guardTwoFactorEnrolment(ctx: Context, operation: OperationDefinitionNode): void {
  if (!ctx || !isStaff(ctx.viewer) || !ctx.viewer.twoFactorEnrolmentRequired) return;
  const allowed = operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && ENROLMENT_OPERATIONS.has(s.name.value),
  );
  if (!allowed)
    throw new AppError(
      ErrorCode.TWO_FACTOR_REQUIRED,
      'Xã yêu cầu xác thực hai bước với tài khoản của bạn: hãy bật xác thực hai bước (ứng dụng tạo mã) trước khi tiếp tục.',
    );
}

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from '../common/text.js';
import { PASSWORD_MIN_LENGTH } from './password.hashing.js';

// The packaged lists only (common passwords, keyboard patterns): nothing is looked up online.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** The lowest zxcvbn score (0–4) accepted: 3 is "safely unguessable" for an online attacker. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Why a new password is refused (Vietnamese, for fieldErrors), or null when it is acceptable:
 * at least 10 characters and not common or guessable, the person's own email and name (and
 * anything else in `userInputs`) counting against it.
 */
export function passwordProblem(
  password: string,
  userInputs: (string | null | undefined)[],
): string | null {
  if ([...(password ?? '')].length < PASSWORD_MIN_LENGTH)
    return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  const inputs = userInputs
    .filter((s): s is string => !!s)
    .flatMap((s) => {
      const folded = foldVietnamese(s);
      return [s, folded, folded.replace(/[^a-z0-9]+/g, ''), ...folded.split(/[^a-z0-9]+/)];
    })
    .filter((s) => s.length >= 3);
  const result = zxcvbn.check(password, inputs);
  if (result.score < MIN_PASSWORD_SCORE)
    return 'Mật khẩu quá dễ đoán (mật khẩu phổ biến, chuỗi phím liền nhau hoặc chứa tên, email của bạn). Hãy dùng một cụm nhiều từ ít gặp.';
  return null;
}

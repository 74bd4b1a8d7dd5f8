/**
 * Messages of the submission form and its receipt (shared with the tracking page's receipt
 * details), merged into vi.ts and en.ts.
 */
export const vi = {
  'submit.hintTitle': 'Từ 10 đến 200 ký tự.',
  'submit.hintLong': 'Ít nhất 20 ký tự, tối đa 10.000 ký tự.',
  'submit.hintRequirements': 'Không bắt buộc; tối đa 5.000 ký tự.',
  'submit.bodyTooLarge':
    'Tổng dung lượng gửi quá lớn nên trang không đọc được biểu mẫu. Mỗi tệp tối đa 10 MB, tổng 30 MB; vui lòng gửi lại với ít tệp hơn.',
  'submit.unavailable':
    'Chưa gửi được vì máy chủ tạm thời không phản hồi. Nội dung bạn nhập vẫn còn nguyên; vui lòng bấm gửi lại sau ít phút.',
  'submit.filesTooLarge':
    'Các tệp đã chọn vượt quá giới hạn (mỗi tệp tối đa 10 MB, tổng 30 MB). Vui lòng bỏ bớt tệp rồi gửi lại.',
  'submit.aboutYou': 'Thông tin thêm về bạn (không bắt buộc)',
  'submit.aboutYouHint':
    'Giúp xã biết phong trào đã đến được với những ai. Chỉ dùng để tính số liệu tổng hợp, không công khai theo từng người.',
  'submit.group': 'Bạn thuộc nhóm nào?',
  'submit.ageBand': 'Nhóm tuổi',
  'submit.gender': 'Giới tính',
  'submit.notSaying': 'Không muốn cho biết',
  'receipt.dueOn': 'Hạn phản hồi',
  'receipt.dueOnText': 'Cơ quan đầu mối sẽ phản hồi bạn chậm nhất ngày {date}.',
  'receipt.noDue': 'Hiện không có hạn phản hồi (đang chờ bạn bổ sung, hoặc đã xử lý xong).',
  'receipt.files': 'Tệp đính kèm đã nhận',
  'receipt.noFiles': 'Không có tệp đính kèm.',
  'receipt.confirmation': 'Tin xác nhận',
  'receipt.sms': 'Tin nhắn SMS xác nhận đã được gửi tới số {to}.',
  'receipt.email': 'Thư xác nhận đã được gửi tới {to}.',
  'receipt.smsPending': 'Tin nhắn SMS xác nhận đang được gửi tới số {to}.',
  'receipt.emailPending': 'Thư xác nhận đang được gửi tới {to}.',
  'receipt.sendFailed': 'Chưa gửi được tin xác nhận tới {to}; hãy ghi lại mã tra cứu ở trên.',
  'receipt.noConfirmation':
    'Bạn không để lại số điện thoại hay email nên không có tin xác nhận; hãy ghi lại mã tra cứu ở trên.',
  'receipt.digestWhat':
    'Đây là “dấu vân tay” của nội dung bạn đã gửi, tính bằng thuật toán SHA-256. Nó chứng minh bạn đã gửi đúng nội dung này vào đúng thời điểm trên: chỉ cần đổi một chữ, mã sẽ khác hoàn toàn. Mã không để lộ nội dung ý tưởng, và được ghi vào sổ biên nhận công khai để ai cũng kiểm tra được.',
  'receipt.printHint': 'Để in hoặc lưu thành PDF, dùng lệnh In của trình duyệt (Ctrl + P).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'submit.hintTitle': '10 to 200 characters.',
  'submit.hintLong': 'At least 20 characters, at most 10,000.',
  'submit.hintRequirements': 'Optional; at most 5,000 characters.',
  'submit.bodyTooLarge':
    'What was sent is too large for the site to read the form. Each file may be up to 10 MB, 30 MB in all; please send again with fewer files.',
  'submit.unavailable':
    'Not sent: the server is not answering for the moment. What you typed is kept; please press send again in a few minutes.',
  'submit.filesTooLarge':
    'The files chosen are over the limit (10 MB each, 30 MB in all). Please remove some and send again.',
  'submit.aboutYou': 'More about you (optional)',
  'submit.aboutYouHint':
    'Helps the commune see whom the movement reaches. Used only in aggregate figures, never shown per person.',
  'submit.group': 'Which group are you in?',
  'submit.ageBand': 'Age band',
  'submit.gender': 'Gender',
  'submit.notSaying': 'Prefer not to say',
  'receipt.dueOn': 'Answer due',
  'receipt.dueOnText': 'The hub will answer you by {date} at the latest.',
  'receipt.noDue': 'No answer is due at the moment (waiting for your additions, or handled).',
  'receipt.files': 'Files received',
  'receipt.noFiles': 'No files attached.',
  'receipt.confirmation': 'Confirmation',
  'receipt.sms': 'A confirmation text message was sent to {to}.',
  'receipt.email': 'A confirmation email was sent to {to}.',
  'receipt.smsPending': 'A confirmation text message is being sent to {to}.',
  'receipt.emailPending': 'A confirmation email is being sent to {to}.',
  'receipt.sendFailed':
    'The confirmation to {to} could not be sent; please note the tracking code above.',
  'receipt.noConfirmation':
    'You gave no phone number or email, so no confirmation is sent; please note the tracking code above.',
  'receipt.digestWhat':
    'This is a “fingerprint” of what you sent, computed with SHA-256. It proves you sent exactly this content at the time above: change one letter and the code is completely different. It reveals nothing of the idea, and it is written into the public receipt log so anyone can check it.',
  'receipt.printHint': 'To print or save as PDF, use your browser’s Print command (Ctrl + P).',
};
